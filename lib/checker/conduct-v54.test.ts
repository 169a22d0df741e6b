/**
 * Checker v54 (decision 089): rounds 130–133 studied. Our own messages of the causes found there: a report to the discipline
 * group of a candidate's red packets (向局纪检组报告一件事。…换届候选人…发了100元红包…请纪检组核处): a V3 red line at v53,
 * none in v54 (报告一件事 is one of the V3 model's report words); a notice of visits that rules out cash red packets
 * (慰问品统一采购，不发现金红包): a TJ3 red line at v53, none in v54 (不发现金/微信/任何红包 is one of the TJ3 model's clean
 * words, not with a 但 later in its sentence); red-packet gambling reported to the discipline group (现将…红包赌博线索报告如下):
 * an RP2 red line at v53, none in v54 (报告如下 is one of the report words that cancel the gambling rules).
 * The counter-cases admit the rule and break it anyway with the same words: red lines at both. The innocent messages with
 * 报告一件事, 不发现金红包 or 报告如下 raise no red line at either.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check } from "./test-helpers";

describe("a candidate's red packets reported to the discipline group (报告一件事): a V3 red line at v53, none in v54", () => {
  it.each([
    [
      "王书记：向局纪检组报告一件事。今天上午县伊协换届候选人韩某在“川口寺管会”微信群里给23名成员每人发了100元红包，并留言“请多关照”。我已截图留存，截图和群成员名单附后，请纪检组核处。\n宗教科 罗志强",
    ],
    ["张书记：向局纪检组报告一件事。今天村委换届候选人刘某在村民微信群里给每人发了50元红包，留言“请多关照”，截图附后，请纪检组核处。\n综合科 李明"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "V3", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("a notice that rules out cash red packets (不发现金红包): a TJ3 red line at v53, none in v54", () => {
  it.each([
    [
      "各位同事：关于领导干部慰问少数民族困难群众的通知。\n1.12月18日，马建军局长带队赴加木村、上庄村慰问困难户20户；\n2.民族科负责名单核对和慰问品准备，慰问品统一采购，不发现金红包；\n3.办公室负责车辆安排。\n特此通知，收到请回复。\n县民宗局办公室 杨帆",
    ],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("red-packet gambling reported to the discipline group (线索报告如下): an RP2 red line at v53, none in v54", () => {
  it.each([
    [
      '邵组长：您好！现将石桥供销社职工微信群红包赌博线索报告如下：\n1. 12月3日晚，该群多人以"红包接龙"形式赌博，单包50元；\n2. 组织者为该社职工张某；\n3. 相关聊天记录已由当事群成员提供。\n县供销社合作指导科 马立新',
    ],
    [
      "陈组长：您好！现将城东中心职工微信群红包赌博线索报告如下：\n1. 12月5日晚，该群多人以“抢红包比大小”形式赌博，单包20元；\n2. 组织者为该中心职工李某。\n综合科 刘敏",
    ],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "RP2", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines in v54", () => {
  it.each([
    ["我知道拉票不对，但报告一件事：明天换届你投我一票，红包已经转你了。", "V3"],
    ["王哥，我知道换届不让拉票，但跟你报告一件事，我给咱组每人发了200红包，选举时投我一票。", "V3"],
    ["我知道不该收，但今年不发现金红包了，直接给您转2000的购物卡，项目验收的事您多关照。", "TJ3"],
    ["李总，我知道规定不发微信红包，但您帮我们把标的事办成，这500的红包您一定收下。", "TJ3"],
    ["我知道红包赌博违纪，但今晚的红包接龙情况报告如下：每包50，手气最小的接着发，大家都来。", "RP2"],
    ["我知道不能赌，但这周战况报告如下：老张输了800，老李赢了500，明晚红包牛牛继续，每包100。", "RP2"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, { channel: "private" })).not.toEqual([]);
  });
});

describe("报告一件事, 不发现金红包 and 报告如下 in everyday messages: no red line", () => {
  it.each([
    ["王主任，报告一件事，三楼会议室投影仪坏了，已经报修。", "private"],
    ["刘局，报告一件事：明天上午的会改到下午三点。", "private"],
    ["报告一件事，今天食堂换了新厨师，大家中午去尝尝。", "workgroup"],
    ["张科，报告一件事，档案室漏水，部分档案已转移。", "private"],
    ["各位，报告一件事：换届选举会场已布置好，明早八点集合。", "workgroup"],
    ["书记，报告一件事，村里候选人名单已经公示三天，没有异议。", "private"],
    ["今年年会不发现金红包，改成抽奖送保温杯。", "workgroup"],
    ["春节慰问统一发米面油，不发现金红包。", "workgroup"],
    ["我们家族群今年不发微信红包了，大家见面拜年。", "group"],
    ["老同学聚会AA，不收礼金，不发任何红包。", "group"],
    ["工会说今年不发放现金红包，发购物卡也不行，发实物。", "workgroup"],
    ["孩子满月酒不办了，也不发微信红包，心意领了。", "private"],
    ["王局：现将本周安全检查情况报告如下：1. 检查单位12家；2. 发现隐患3处，已整改。", "private"],
    ["李主任：今日值班情况报告如下：一切正常，无突发事件。", "private"],
    ["刘书记：现将换届选举筹备情况报告如下：选票已印制，会场已布置。", "private"],
    ["张组长：现将红包退回情况报告如下：本月退回企业红包2个，均已截图留存。", "private"],
    ["各位：本周访客登记情况报告如下，共接待28人次。", "workgroup"],
    ["周科长：现将网络赌博专项整治情况报告如下：查处案件3起，收缴赌资2万元。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(check(text, { channel }).findings.filter((f) => f.severity === "redline")).toEqual([]);
  });
});
