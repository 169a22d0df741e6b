/**
 * Checker v53 (decision 088): rounds 126–129 studied. Our own messages of the causes found there: a supervision notice that
 * names vote-buying to be stopped (发现以微信红包拉票等行为，立即制止并报局党组): a V3 red line at v52, none in v53 (制止 is one
 * of the prohibition words); a red packet refused and reported, its chat screenshot attached (报告一起企业向我发送微信红包的
 * 情况…聊天记录截图附后): G1 at v52, none in v53 (报告一起 is one of the report words that cancel the screenshot rules).
 * The counter-cases admit the rule and break it anyway with the same words: red lines (or must-fixes) at both. The innocent
 * messages with 制止 or 报告一起 raise no red line at either.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, claimed, redline } from "./test-helpers";

describe("vote-buying named to be stopped in a notice (立即制止): a V3 red line at v52, none in v53", () => {
  it.each([
    [
      "各位同事：县个体私营企业协会将于12月15日召开换届大会，现就监督工作通知如下。\n1. 派杨帆、郑凯两位同志列席大会，监督选举程序；\n2. 发现以微信红包拉票等行为，立即制止并报局党组；\n3. 换届结果报局备案。\n特此通知。\n青禾县商务局 周建平",
    ],
    ["各党支部：本月支部换届，请各支部书记把好关，发现微信红包拉票的，立即制止，并报机关党委。\n特此通知。\n机关党委"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "V3", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("a red packet refused and reported, the chat screenshot attached (报告一起…截图附后): G1 at v52, none in v53", () => {
  it.each([
    [
      '马组长：报告一起企业向我发送微信红包的情况。昨晚21时许，顺通物流负责人通过微信向我转账红包500元，附言"辛苦费"，我未接收，已于24小时后自动退回，聊天记录截图附后，请组里掌握。\n外贸外资股 郑凯',
    ],
    ["李组长：报告一起供应商微信送红包的情况。今天下午某公司业务员给我发了300元红包，我没领，已退回，聊天记录截图附后。\n办公室 王强"],
  ] as const)("%s", (text) => {
    expect(claimed(text, "G1", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines (or must-fixes) in v53", () => {
  it.each([
    ["我知道拉票不对，但下周换届大家投我一票，我给每人发个200的红包，谁也制止不了。"],
    ["王哥，我知道不让拉票，但明天换届你投我一票，红包已经转你了，别让人制止就行。"],
  ] as const)("%s", (text) => {
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
  });
  it.each([["我知道私聊截图不能外发，但这是刘主任私下跟我说的截图，你看看[图片]。"]] as const)("%s", (text) => {
    expect(claimed(text, "G1", { channel: "private" })).not.toEqual([]);
  });
});

describe("制止 and 报告一起 in everyday messages: no red line", () => {
  it.each([
    ["小区有人高空抛物，物业已经制止了。", "private"],
    ["孩子在公园踩草坪，被保安制止了，回来还委屈。", "private"],
    ["发现有人在河边烧烤，请及时制止并报告。", "workgroup"],
    ["会上有人吵起来，主持人当场制止了。", "private"],
    ["今天巡查发现两处违规用火，已制止并登记。", "workgroup"],
    ["他们在群里发红包抢着玩，我制止了一下，工作群别这样。", "workgroup"],
    ["换届选举那天会场秩序很好，没有需要制止的情况。", "workgroup"],
    ["选举现场有人大声喧哗，工作人员及时制止了。", "workgroup"],
    ["看到有人发红包拉票一定要制止，并向纪委报告。", "workgroup"],
    ["红包群里有人赌钱，管理员已经制止并踢出群了。", "group"],
    ["校门口有人发传单，保安制止了。", "private"],
    ["王局，报告一起交通事故：城北路口两车剐蹭，无人员受伤，已报交警。", "private"],
    ["刘主任，报告一起安全隐患，三号仓屋顶漏雨，已经找人修了。", "private"],
    ["报告一起好消息：咱们队拿了县运动会冠军！", "workgroup"],
    ["李科，报告一起投诉：有群众反映窗口排队太久，截图附后。", "private"],
    ["各位，报告一起火情：西山有人烧荒，已扑灭。", "workgroup"],
    ["张书记，报告一起群众来访，老周又来反映宅基地的事。", "private"],
    ["报告一起设备故障：二号地磅显示不准，已停用。", "workgroup"],
    ["周组长，报告一起快递丢失，单位寄的材料没收到，快递截图发您了。", "private"],
    ["陈局，报告一起突发情况：体育馆停电，比赛推迟到下午。", "private"],
    ["王股长，报告一起意外：小李打球扭了脚，已送医院。", "private"],
    ["报告一起好人好事，保安老张捡到钱包还给失主了。", "workgroup"],
    ["孙主任，报告一起网络故障，OA系统登不上，已找信息科。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(check(text, { channel }).findings.filter((f) => f.severity === "redline")).toEqual([]);
  });
});
