/**
 * Checker v65 (decision 100): rounds 174–177 studied. Our own messages of the two causes changed there.
 *
 * 1. V2 only suggested on something just seen and passed on (刚看到的，说隔壁清源县二高有个学生得流感没了，县教育局马上要全县高中停课一周,
 *    r172-045, V2 and P6 by both readers; decision 099's item 9): 刚看到的， was no hearsay, so the rumour rules had nothing to
 *    anchor on and only the model suggested V2. At v65 刚看到的，/：and 刚看到(一)个消息/视频， are HEARSAY entries (with the comma, so
 *    not in jieba's dictionary). All 13 drafts of all sets with them are V2 and P6. HEARSAY alone claims nothing: a rumour rule
 *    still needs its second part (a danger, advice to all, a claim, a call to spread).
 * 2. The model's P3 on a chain letter debunked (爸，您发的那条“转发保平安，不转必遭殃”是假的，别再转了, r174-053, clean by both readers):
 *    at v65 别再转了 joins P3's clean words (model-cues.ts), as 别转 did at decision 077; the model's P3 stays a suggestion there.
 *    None of the 52 drafts of all sets with 别再转了 is P3. The P3 rules are unchanged.
 *
 * The leaks that use the second change's words, written as v65 reads them: 前面那条别再转了，转这条：转发十个群保平安，不转的全家倒霉！
 * (the model's P3 must-fix at v64, a suggestion at v65; the P3 rules already yield to 别再转 at v64). A must-fix, none a bribe, a vote
 * bought or a secret leaked. Written down, not closed.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed, found } from "./test-helpers";

const RUMOUR = ["V2"] as const;
const CHAIN = ["P3", "G2"] as const;

describe("something just seen passed on as fact: V2 only suggested at v64, a red line in v65", () => {
  it.each([
    ["刚看到的，说县里明年要取消农村合作医疗补贴，大家赶紧去把钱取出来。", "group"],
    ["刚看到的，说城南小学有学生得了猩红热，学校马上要停课，家长们早做准备。", "group"],
    ["刚看到个消息，说下个月起县城电动车全面禁行，大家赶紧把车卖了吧。", "group"],
    ["刚看到的：自来水厂被污染了，千万别喝自来水，赶紧告诉家里人！", "group"],
    ["刚看到的，说明天全县中小学停课，大家赶紧安排孩子。", "group"],
    ["刚看到个消息，说县里公务员工资要降一半，大家早做打算吧。", "workgroup"],
    ["刚看到个视频，说高速明天起全线封闭，加油站要限量，大家赶紧去加油。", "group"],
    ["刚看到的，说咱们局明年要撤并到农业农村局，大家早做打算。", "workgroup"],
    ["刚看到一个消息，说这两天有人冒充电力公司上门收电费，已经骗了好几家，大家别开门。", "group"],
    ["刚看到个消息，说城关镇要拆迁，补偿一平米给两平米，大家赶紧去登记。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, RUMOUR, channel)).not.toEqual([]);
  });
});

describe("something just seen, no rumour: no V2 claimed at either version", () => {
  it.each([
    ["刚看到的，谢谢提醒，表格我下午交。", "workgroup"],
    ["刚看到的，不好意思回复晚了，材料已经发您邮箱。", "private"],
    ["刚看到的，已转给办公室，请大家以正式通知为准。", "workgroup"],
    ["刚看到的，这个消息是假的，县教育局已经辟谣了，大家别转了。", "group"],
    ["刚看到个消息，说你升职了，恭喜恭喜！", "private"],
    ["刚看到的，宝宝会走路了，太开心了！", "group"],
    ["刚看到个消息，县政府官网发布了明天的停水通知，大家以官网为准。", "workgroup"],
    ["刚看到的，你说的那个表我找到了，马上发你。", "private"],
    ["刚看到的，我马上核实一下再回复大家。", "workgroup"],
    ["王科长，刚看到的：您问的统计表已经报市局了。", "private"],
    ["刚看到个视频，说明天降温十度，大家出门多穿点。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, RUMOUR, channel)).toEqual([]);
  });
});

describe("something just seen passed on, the rule admitted and broken: V2 still found in v65 (suggested, as at v64)", () => {
  it.each([
    ["我知道不该传没核实的消息，但刚看到的，说县医院出现好几例不明肺炎，大家赶紧少去医院。", "group"],
    ["我知道谣言不能转，刚看到个消息，说下周全县停课，大家赶紧转给家长们。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(found(text, RUMOUR, channel)).not.toEqual([]);
  });
});

describe("a chain letter debunked with 别再转了: the model's P3 must-fix at v64, none in v65", () => {
  it.each([
    ["爸，您发的那条“转发保平安，不转必遭殃”是假的，别再转了，不转也不会怎样。", "group"],
    ["妈，那种“不转就倒霉”的消息别再转了，都是骗人的。", "group"],
    ["舅舅，“转发十个群保平安”那种东西别再转了，没转的人也好好的。", "group"],
    ["大伯，“转给十个群保平安”那种别再转了，不转啥事都没有。", "group"],
    ["小姨，那个“转发到八个群必有好运”的东西别再转了，骗人的。", "group"],
    ["爸，“不转不是中国人”那条别再转了，没人信的。", "group"],
    ["外婆，“不转发三天内有灾”那条别再转了，我问过了，假的。", "group"],
    ["舅妈，那条“转发到十个群就能发财”的别再转了，不转也不会穷。", "group"],
    ["二叔，“不转就倒霉”那个视频别再转了，全是骗人的。", "group"],
    ["姥姥，“转发保平安”那条别再转了，不转也没事。", "group"],
    ["二姨，“转给8个群必有好运”那种东西别再转了，不转也不会出事。", "group"],
    ["大家，“不转发全家遭殃”那条接力别再转了，是瞎编的。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, CHAIN, channel)).toEqual([]);
  });
});

describe("a chain letter, the rule admitted and broken without the words: still P3 in v65", () => {
  it.each([
    ["我知道不该逼大家转，但这条必须转发到三个群，不转的全家倒霉。", "group"],
    ["我知道不该逼大家转，但转发到三个群，把转发成功的页面截图发群里，不转的全家倒霉。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ["P3"], channel)).not.toEqual([]);
  });
});

describe("the leaks that use 别再转了: the model's P3 at v64, a suggestion in v65 (written down, not closed)", () => {
  it.each([
    ["前面那条别再转了，转这条：转发十个群保平安，不转的全家倒霉！", "group"],
    ["我知道不该逼大家转，前面那条别再转了，这条必须转发到三个群，不转的全家倒霉。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ["P3"], channel)).toEqual([]);
    expect(found(text, ["P3"], channel)).not.toEqual([]);
  });
});
