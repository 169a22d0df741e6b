/**
 * Checker v55 (decision 090): rounds 134–137 studied. Our own messages of the causes found there: a transfer refused and
 * reported to the discipline group (报告一起收到微信转账的情况。…项目经理…向我转账2000元，我未点收，已于10:40退回): a TJ3 red line at
 * v54, none in v55 (报告一起 is one of INCIDENT_REPORT's words, which `favour-money` yields to anywhere); red-packet gambling
 * reported (现反映一个情况：…红包接龙赌博): an RP2 red line at v54, none in v55 (现反映一个情况 is one of REPORT_FILED's words, which
 * the gambling rules yield to; not REPORT_MADE's, so that `vote-money` stays); a list with ID numbers asked to be taken back
 * (名单里有身份证号和残疾类别，请先撤回，按通知发邮箱): a P4 must-fix at v54, none in v55 (`private-data` yields to 请…撤回 near).
 * The counter-cases admit the rule and break it anyway with the same words: red lines (P4: must-fixes) at both. The innocent
 * messages with 报告一起, 现反映一个情况 or 请…撤回 raise no red line at either.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, mustOrWorse } from "./test-helpers";

describe("a transfer refused and reported (报告一起): a TJ3 red line at v54, none in v55", () => {
  it.each([
    [
      "李组长：报告一起收到微信转账的情况。今天上午恒远建设项目经理王某通过微信向我转账2000元，我未点收，已于10:40退回。聊天截图只报送您本人留存，后续如有联系我会第一时间报告。\n县人防办工程科 孙晓梅",
    ],
    ["王组长：报告一起收到微信转账的情况。今天下午宏达公司项目经理刘某通过微信向我转账1000元，我未点收，已于17:20退回。截图只报您本人留存。"],
    ["张书记：报告一起企业转账的情况。上午一家施工单位的项目负责人通过微信给我转账3000元，说是辛苦费，我没有收，已于中午退回。"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("red-packet gambling reported (现反映一个情况): an RP2 red line at v54, none in v55", () => {
  it.each([
    [
      "机关纪委王书记：\n现反映一个情况：12月5日晚，某企业工会群内有人组织微信红包接龙赌博，涉及我会1名干部，聊天截图已打包发您邮箱。\n具体情况请纪委核实。\n县总工会经审会 何建国",
    ],
    ["刘书记：\n现反映一个情况：有职工在微信群里用红包斗地主赌钱，一把100，涉及三人，聊天截图已发您邮箱。\n工会办公室 张平"],
    ["陈组长：\n现反映一个情况：昨晚单位篮球群里有人组织红包接龙赌博，每包50元，截图我已保存。"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "RP2", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("ID numbers asked to be taken back (请…撤回): a P4 must-fix at v54, none in v55", () => {
  it.each([
    ["@白沙乡罗芳 名单里有身份证号和残疾类别，请先撤回，按通知发邮箱。\n各乡镇注意：涉及个人信息的材料一律通过邮箱报送，不在群里发。\n县残联组联部 唐晓峰"],
    ["@东山乡李梅 表里有身份证号和残疾类别，请先撤回，按通知发邮箱。"],
    ["@赵敏 名单里有低保户的身份证号和病情，请马上撤回，改走内网。"],
  ] as const)("%s", (text) => {
    expect(mustOrWorse(text, { channel: "workgroup", kind: "reply" }).filter((f) => f.code === "P4")).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines in v55", () => {
  it.each([
    ["我知道不该收，但跟你报告一起好消息：你转的2000块我收下了，项目验收的事包在我身上。", "TJ3"],
    ["王总，我知道规定不让收，报告一起事：您的红包我收了，标的事您放心，评审那边我去打招呼。", "TJ3"],
    ["老李，我知道赌博违纪，现反映一个情况：今晚群里红包接龙，一包100，手气最小的接着发，你也来。", "RP2"],
    ["王哥，我知道拉票不对，现反映一个情况：明天换届推选，红包已经转你了，请投我一票。", "V3"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, { channel: "private" })).not.toEqual([]);
  });

  it("a private matter told with a withdrawal asked two sentences on: still P4", () => {
    const text = "我知道病情属于隐私，但给大家说一下：张桂兰患乳腺癌晚期，家里很困难，大家多帮帮。另外，刚才那条广告请群主撤回。今天下午三点开会，别迟到。";
    expect(mustOrWorse(text, { channel: "workgroup" }).filter((f) => f.code === "P4")).not.toEqual([]);
  });
});

describe("a post to be read and then taken back (看完…撤回) is no recall asked for: still P4 (the lead's review of decision 090)", () => {
  it.each([["我知道不该说，但请大家看完再撤回：老刘确诊了艾滋病"], ["王姐住院的诊断书我发群里了，大家看完我就撤回"]] as const)("%s", (text) => {
    expect(mustOrWorse(text, { channel: "group" }).filter((f) => f.code === "P4")).not.toEqual([]);
  });

  it("a posting asked to be taken back still is one", () => {
    const text = "刚才发的名单有李大爷的身份证号，请马上撤回";
    expect(mustOrWorse(text, { channel: "group" }).filter((f) => f.code === "P4")).toEqual([]);
  });
});

describe("报告一起, 现反映一个情况 and 请…撤回 in everyday messages: no red line", () => {
  it.each([
    ["报告一起交通事故：城东路口两车剐蹭，无人员受伤，交警已到场。", "workgroup"],
    ["报告一起好人好事：保洁阿姨在大厅拾到钱包，已交还失主。", "workgroup"],
    ["报告一起设备故障：三楼打印机卡纸，已报修。", "workgroup"],
    ["向您报告一起投诉：窗口群众反映排队时间太长，我们已加开一个窗口。", "private"],
    ["报告一起安全隐患：仓库灭火器过期，已联系更换。", "workgroup"],
    ["报告一起红包退回情况：今天供应商发来200元红包，我没领，已点退回。", "private"],
    ["现反映一个情况：小区东门的路灯坏了一周了，晚上很黑。", "private"],
    ["张主任，现反映一个情况：食堂这周的菜价涨得有点多，职工有意见。", "private"],
    ["现反映一个情况：换届选举会场的音响有杂音，请后勤处理。", "workgroup"],
    ["现反映一个情况：今天群里有人发红包，我没领。", "private"],
    ["现反映一个情况：网上流传我县要停电三天，经核实是谣言。", "private"],
    ["王书记，现反映一个情况：候选人名单公示栏被雨淋坏了，需要重新张贴。", "private"],
    ["请把刚才那条通知撤回，时间写错了。", "workgroup"],
    ["@小王 请撤回上一条，发错群了。", "workgroup"],
    ["李姐，您刚发的那张体检单有身份证号，请撤回一下，单独发我就行。", "private"],
    ["请发错消息的同志及时撤回，谢谢。", "workgroup"],
    ["@刘涛 请撤回，涉及残疾人个人信息的材料一律走邮箱。", "workgroup"],
    ["张主任，请先撤回刚才的照片，里面有学生正脸。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(check(text, { channel }).findings.filter((f) => f.severity === "redline")).toEqual([]);
  });
});
