/**
 * Which group a draft goes to (decision 031, issue 18): `channel: "workgroup"` (工作群) against
 * `group` (其他群聊: 亲友群、同学群、业主群 …). In a work group, a post off-topic for work is G2 (must
 * fix), which also covers the 群规 GR1 and U3: plain off-topic chat (ball games, games, shopping,
 * stocks, entertainment gossip, a 题外话) found by a small lexicon, a friend or businessman pulled
 * into the group, and conduct that is off-topic by
 * nature (an advert, a 集赞 or 砍价 plea, a gambling red packet, vulgar talk …) found by its own rule.
 * Work talk in the same sentence, a rule against such posts and an official notice cancel it; in
 * any other channel, or with none given, nothing changes. Our own messages, not fixture drafts.
 */
import { describe, expect, it } from "vitest";
import { ZDraft } from "./corpus";
import { covers } from "./evaluate";
import { checkMessage, ZCheckInput } from "./index";
import { CHANNELS, type Channel } from "./types";

const check = (text: string, channel?: Channel) => checkMessage({ text, kind: "chat", ...(channel ? { channel } : {}) });
const g2 = (text: string, channel: Channel = "workgroup") => check(text, channel).findings.filter((f) => f.code === "G2");

describe("off-topic chat in a work group is G2 (must fix)", () => {
  it.each([
    ["兄弟们，今晚欧冠半决赛谁一起看球？输了的请宵夜。", "欧冠"],
    ["这周六有没有一起去水库钓鱼的？我新买了根鱼竿。", "钓鱼"],
    ["下班了谁来斗地主，三缺一，老地方见。", "斗地主"],
    ["今天大盘又跳水，我那几只股票全绿了，谁有好消息透露一下？", "大盘"],
    ["双十一我囤的洗衣液太多了，谁要的话原价转给你们。", "双十一"],
    ["听说那个男明星塌房了，你们看热搜了吗？", "塌房"],
    ["上午的数据都交了。说个题外话，楼下新开的奶茶店第二杯半价。", "题外话"],
    ["我把做装修的朋友拉进咱们项目群了，他想听听招标的情况，大家照常说。", "做装修的"],
  ])("%j", (text, word) => {
    const found = g2(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "must", basis: "rule", rule: "群里也要讲规矩（工作群只谈工作）" });
    expect(found[0]!.triggers).toContain(word);
    expect(found[0]!.message).toContain(`“${word}”`);
    expect(found[0]!.message).toContain("工作群");
    expect(found[0]!.suggestion).toMatch(/工作群只发与工作有关的信息|不要随便拉外人进群/);
  });

  it("marks the off-topic sentence, not the work before it", () => {
    const text = "上午的数据都交了。说个题外话，楼下新开的奶茶店第二杯半价。";
    const [f] = g2(text);
    expect(text.slice(f!.start, f!.end)).toBe("说个题外话，楼下新开的奶茶店第二杯半价。");
  });
});

describe("conduct off-topic by nature brings G2 beside its own code", () => {
  it.each([
    ["P8", "各位同事，我爱人新开的美容院开业，全场五折，办卡再送护理，报我名字再打九折！"],
    ["P9", "帮我砍一刀吧，还差0.5元就能免费领空气炸锅，谢谢大家！"],
    ["RP2", "今晚老规矩，红包接龙，手气最差的接下一包，每包五十。"],
  ])("%s", (code, text) => {
    const r = check(text, "workgroup");
    const own = r.findings.find((f) => f.code === code);
    const [g] = r.findings.filter((f) => f.code === "G2");
    expect(own).toBeDefined();
    expect(g).toMatchObject({ severity: "must", start: own!.start, end: own!.end });
    expect(g!.message).toContain("工作群");
    // Elsewhere the conduct is still found, and no G2.
    for (const channel of ["group", "private", "moments", undefined] as const) {
      const codes = check(text, channel).findings.map((f) => f.code);
      expect(codes, String(channel)).toContain(code);
      expect(codes, String(channel)).not.toContain("G2");
    }
  });

  it("妄议中央 in a work group stays V1, which covers the 群规 GR1 already", () => {
    const r = check("说句实话，中央这个政策就是拍脑袋定的，根本不了解基层。", "workgroup");
    expect(r.findings.map((f) => f.code)).toContain("V1");
    expect(covers("V1")).toContain("GR1");
  });

  it("a G2 finding covers GR1 and U3 (the eval's reading)", () => {
    expect(covers("G2")).toEqual(["G2", "GR1", "U3"]);
  });
});

describe("clean: work talk, rules and other channels", () => {
  it.each([
    // Work in the same sentence.
    "工会组织周六上午钓鱼比赛，有意参加的同志周四前到工会办公室报名。",
    "周末单位组织的乒乓球赛，我们科拿了第一名，谢谢大家加油！",
    // A new colleague brought in is no stranger.
    "我把新调来的小王拉进群了，他以后负责档案工作，大家多带带他。",
    "近期有冒充银行的钓鱼链接在传播，请大家不要点击，注意资金安全。",
    "今天下午的检查重点是防溺水，水库钓鱼的人多，请各村安排人员巡查。",
    // A rule against such posts.
    "重申群规：本群只发工作，禁止聊股票、发广告、拉投票。",
    "上班时间不要打游戏、不要追剧，手头的材料周五前报上来。",
    // An ordinary work message.
    "各位同事：请于周五下午五点前报送第三季度工作总结，逾期未报的请说明原因。办公室",
    // An official notice.
    "各位同事：\n经研究，定于本周六在县体育馆举办职工篮球赛，比分记入年度文体活动成绩。\n特此通知。\n县直机关工会",
  ])("%j has no G2 in a work group", (text) => {
    expect(g2(text)).toEqual([]);
  });

  it.each(["group", "private", "moments"] as const)("off-topic chat is fine in %s", (channel) => {
    expect(g2("周六有没有一起去钓鱼的？我新买了根鱼竿。", channel)).toEqual([]);
    expect(g2("今晚欧冠半决赛谁一起看球？", channel)).toEqual([]);
  });

  it("no channel given: nothing changes (a draft without kind or channel works as before)", () => {
    const text = "今晚欧冠半决赛谁一起看球？";
    expect(checkMessage({ text }).findings.map((f) => f.code)).not.toContain("G2");
    expect(checkMessage({ text, channel: "workgroup" }).findings.map((f) => f.code)).toContain("G2");
  });
});

describe("input: the four channels", () => {
  it("accepts workgroup, group, private and moments", () => {
    expect(CHANNELS).toEqual(["workgroup", "group", "private", "moments"]);
    for (const channel of CHANNELS) expect(ZCheckInput.safeParse({ text: "各位同事：明天开会。", channel }).success).toBe(true);
  });

  it("fixtures may say workgroup (a blind round being written uses it), and nothing else new", () => {
    const draft = { id: "t-1", channel: "workgroup", text: "今晚谁一起看球？", labels: ["G2", "GR1"] };
    expect(ZDraft.parse(draft)).toMatchObject({ channel: "workgroup", trap: false });
    expect(ZDraft.safeParse({ ...draft, channel: "work" }).success).toBe(false);
  });

  it("names all four in Chinese when the channel is wrong", () => {
    const r = ZCheckInput.safeParse({ text: "各位同事：明天开会。", channel: "work" });
    expect(r.success).toBe(false);
    const message = r.error!.issues[0]!.message;
    for (const word of ["workgroup（工作群）", "group（其他群聊", "private（私聊）", "moments（朋友圈）"]) expect(message).toContain(word);
  });
});
