/**
 * Checker v61 (decision 096): rounds 158–161 studied. Our own messages of the causes changed there.
 *
 * A standing payment in a family group beside a ban (今年除夕的红包雨照旧在咱家群里发哈…外面那些单位的、老板的红包我一律不收,
 * r159-034, clean by both readers): `standing-payment` (TJ3: money, 照旧, 老板) yields to FAMILY_SETTING, which gains 咱家群 (all
 * six drafts of all sets with it are clean). The study first made the ban itself (PROHIBITION in the sentence before or after)
 * the cancel; the lead's review took it back for its leak, 王老板，单位规定一律不收。不过老规矩照旧，每批货的红包还转我 (TJ3 at
 * v60, clean with that cancel), which stays a TJ3 red line in v61.
 *
 * A pennant kept and a packet sent back (锦旗我们收下了，谢谢您的认可。您转的红包我已经退回, r158-095; r143-116; both clean by both
 * readers) stay TJ3 red lines in v61: the study let `gift-to-officials` and `favour-euphemism` yield to RETURNED (已经退回 …) in
 * the sentence before or after, and the lead's review took it back for its leak, a new gift pressed after an old one was sent
 * back (上回的红包已经退回了。这回的心意您收下，谢谢您帮忙，低保的事还得麻烦您), which stays a TJ3 red line in v61.
 *
 * Speaking in the group, not a group's hearsay (以后缺药直接在群里跟他说, r160-081; 活动中心二楼改造的事大家有啥要求直接在群里跟他说,
 * r161-102; 群里说一声, r159-078, r158-041; P6 by neither reader): HEARSAY's 群里说 read a request to speak in the group as gossip, a
 * P6 must-fix (G2 too in a work group). At v61 the phrase concept GROUP_SPEAK (群里说一声, 群里说不清, 直接在群里说, 群里跟他说 …)
 * cancels `gossip` in the hearsay's clause. Of the 65 drafts of all sets with a word of GROUP_SPEAK, one is P6 (r151-118, where
 * 据传 stands in the next clause and V2 is claimed). A hearsay word in another clause keeps P6. The leak: 群里说一下，刘科长离婚了，
 * 老婆跟人跑了 (gossip with no hearsay word but 群里说) is a P6 must-fix at v60 and clean at v61 (written down, not closed).
 */
import { describe, expect, it } from "vitest";
import { check } from "./test-helpers";

type Channel = "workgroup" | "private" | "group";
const p6 = (text: string, channel: Channel) => check(text, { channel }).findings.filter((f) => f.code === "P6" && f.severity !== "suggestion");
const tj3 = (text: string, channel: Channel) => check(text, { channel }).findings.filter((f) => f.code === "TJ3" && f.severity === "redline");

describe("a family group's packets beside a ban (咱家群): a TJ3 red line at v60, none in v61", () => {
  it.each([
    ["今年除夕的红包雨照旧在咱家群里发哈，爸妈的大红包我来。外面那些单位的、老板的红包我一律不收，大家也别帮人转给我，这是纪律。", "group"],
    ["过年红包照旧在咱家群里发，我来发。外面老板送的红包一律不收，这是咱家的规矩。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(tj3(text, channel)).toEqual([]);
  });
});

describe("a packet sent back in the next sentence: still a TJ3 red line in v61 (the lead's review; its cancel would carry a leak)", () => {
  it.each([
    ["阿姨，锦旗我们收下了，谢谢您的认可。您转的红包我已经退回，找回孩子是我们应该做的，千万别这样。城关派出所 刘洋", "private"],
    ["李大姐，感谢信我们收下了，谢谢您。您发的红包已原路退回，办证是我们分内的事。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(tj3(text, channel)).not.toEqual([]);
  });
});

describe("the rule admitted and broken: still a TJ3 red line in v61", () => {
  it.each([
    ["我知道不该收，但这次您的心意我就收下了，红包不退了，您那个案子我盯着。", "private"],
    ["我知道收钱不对，但王老板，以后每批货的红包照旧转我，验收我签字。", "private"],
    ["我知道红包该退，但老规矩照旧，张局，每批货200转您，验收的事您多关照。", "private"],
    ["张局，这是一点心意，您收下，孩子入学的事谢谢您费心了。", "private"],
    // RETURNED does not cancel `standing-payment`: a packet sent back once, the arrangement kept.
    ["上回那个红包我已经退回了。王老板，以后每批货的红包照旧转我，验收我签字。", "private"],
    ["张局，以后每批货都给您发个红包，老规矩照旧，验收您多关照。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(tj3(text, channel)).not.toEqual([]);
  });
});

describe("the leaks the study's first cancels carried (TJ3 at v60, clean with them): TJ3 red lines in v61", () => {
  it.each([
    ["王老板，单位规定一律不收。不过老规矩照旧，每批货的红包还转我。", "private"],
    ["上回的红包已经退回了。这回的心意您收下，谢谢您帮忙，低保的事还得麻烦您。", "private"],
    ["张局，上次那个红包您已退回了。这点心意您一定收下，谢谢您对项目的关照。", "private"],
    ["王老板，咱家群里不收红包。不过老规矩照旧，每批货的红包还转我。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(tj3(text, channel)).not.toEqual([]);
  });
});

describe("everyday messages with the same words: no TJ3 red line at v60 or v61", () => {
  it.each([
    ["妈，红包收到了，谢谢您！明天回家吃饭。", "private"],
    ["同学聚会的钱我已经退回给大家了，谢谢您张老师的红包，心意收下了。", "group"],
    ["快递被拒收了，已经退回，您再下一单吧。", "private"],
    ["各位：今年春节慰问照旧，老干部每人一份慰问品，不发红包，一律不收礼。办公室", "workgroup"],
    ["退休的老领导们：今年重阳节活动照旧在活动中心举办，欢迎参加。", "group"],
    ["奶奶，您给孩子的压岁钱我们收下了，谢谢您！", "private"],
    ["多收的体检费已经退回到您的卡上，请查收。", "private"],
    ["周末羽毛球照旧，AA制，谁赢谁请喝水。", "group"],
    ["红包雨活动照旧，家族群晚上八点开抢！", "group"],
    ["张老板，上个月多付的货款已原路退回，请查收。", "private"],
    ["今年单位不组织聚餐，老规矩照旧各自回家过年，红包一律不发。", "workgroup"],
    ["老班长，您寄来的土特产我们收下了，谢谢您惦记，钱已经退回，别再寄了。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(tj3(text, channel)).toEqual([]);
  });
});

describe("speaking in the group: a P6 must-fix at v60, none in v61", () => {
  it.each([
    ["我把县医药公司的小周拉进群了，以后缺药直接在群里跟他说", "workgroup"],
    ["我把搞装修的钱老板拉进群了，活动中心二楼改造的事大家有啥要求直接在群里跟他说，省得我传话", "workgroup"],
    ["陈所，这个情况太复杂，群里说不清，你下午直接来局里，何局和孔股长一起碰一下。", "workgroup"],
    ["各位股长：关于年货节场地费到底谁出，我再在群里说一遍：去年是局里垫的，后来财政没批。", "workgroup"],
    ["车坏了的同事群里说一声，我让司机去接。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(p6(text, channel)).toEqual([]);
  });
});

describe("hearsay beside the group's words, the rule admitted and broken: still P6 (or V2) in v61", () => {
  it.each([
    ["我知道不该传闲话，但在群里说一下，听说刘科长离婚了，老婆跟人跑了。", "P6"],
    ["有事群里说一声，听说张主任要调走了，他老婆也跟着走。", "P6"],
    ["我知道不该乱说，但听群里说王股长被纪委带走了，他老婆天天哭。", "V2"],
    ["群里说一声：王科长被纪委带走了，听说收了不少钱。", "V2"],
  ] as const)("%s", (text, code) => {
    expect(check(text, { channel: "workgroup" }).findings.filter((f) => f.code === code && f.severity !== "suggestion")).not.toEqual([]);
  });
});

describe("the leak that uses GROUP_SPEAK's words (P6 at v60, clean at v61: written down in decision 096, not closed)", () => {
  it("群里说一下，刘科长离婚了，老婆跟人跑了。", () => {
    expect(p6("群里说一下，刘科长离婚了，老婆跟人跑了。", "workgroup")).toEqual([]);
  });
});

describe("everyday messages with the group's words: no P6 must-fix in v61", () => {
  it.each([
    "下周一体检，有问题在群里说一声。",
    "周末加班的同事，有事直接在群里说。",
    "这事群里说不清，明天当面谈。",
    "李姐，有啥需要在群里说，我们尽量帮忙安排。",
    "我在群里跟大家说一下明天开会的安排。",
    "张老师，孩子的情况您直接在群里跟她说就行。",
    "报名的事我再在群里说一遍，周五截止。",
    "群里说说你们周末想去哪玩？",
    "新同事小王有不懂的直接群里说。",
    "物业的王经理进群了，小区的事群里跟他说。",
    "婚礼的事我先在群里说一下，具体再单独通知。",
    "到了群里说一声就行，不用打电话。",
  ])("%s", (text) => {
    expect(p6(text, "workgroup")).toEqual([]);
  });
});
