/**
 * Checker v14 (decision 035, issue 18): the causes found in the studied rounds 28–29, each with our
 * own messages (not fixture drafts). Red lines first — a favour paid with a 爱心 sticker beside the
 * transfer, gifts to officials paid for by firms, an enforcement plan tipped off to a relative —
 * each with its innocent relatives clean; then the false alarms on clean drafts (work promised back
 * to the one who asked, an unnamed person's hardship, peers' mutual aid, 别外传 of an illness, a
 * notice closing with 谢谢大家, a signature with the group owner's name in brackets).
 */
import { describe, expect, it } from "vitest";
import { byRule, check, mustOrWorse, redline } from "./test-helpers";

describe("red lines missed at v13, caught in v14", () => {
  it("a transfer for a favour is a bribe with a [爱心] sticker beside it (爱心 alone is no donation)", () => {
    expect(redline("刘科长，我家老二入学的事多亏您了，一点小意思[爱心][转账]", "TJ3")).not.toEqual([]);
    expect(redline("王局，项目批下来了，感谢您帮忙，表示一下[爱心][红包]", "TJ3")).not.toEqual([]);
    // A charity drive is still lawful money.
    expect(
      mustOrWorse("各位同事，本周五开展爱心捐款活动，为帮扶村的孩子买冬衣，自愿参加，捐款统一交工会。", { kind: "notice", channel: "workgroup" }).filter(
        (f) => f.code === "TJ3",
      ),
    ).toEqual([]);
  });

  it("gifts to officials paid for by firms (走的是企业账, 老板们出钱) are bribes (TJ3)", () => {
    expect(redline("几家企业的老总商量好了，这次考察给每位局长准备一张购物卡，走的是企业账，您放心。", "TJ3")).not.toEqual([]);
    expect(redline("王局，开发区的老板们出钱，请您和几位局长周末去农家乐吃顿饭", "TJ3")).not.toEqual([]);
  });

  it("…while a firm paying its own costs, or a ban on it, is clean", () => {
    expect(byRule("招商会的场地费走企业账，局长只出席开幕式", "TJ3")).toEqual([]);
    expect(byRule("各位同事：严禁接受企业买单的宴请和礼品，领导干部带头遵守。", "TJ3", { kind: "notice" })).toEqual([]);
  });

  it("an enforcement plan tipped off to a relative (严查…检查点…绕一下, 设卡…避开) is a leak (P5)", () => {
    expect(redline("表哥，下周我们队要严查渣土车，检查点在城东路口，你们车队那几天绕一下", "P5")).not.toEqual([]);
    expect(redline("哥，明天交警在老桥设卡查酒驾，你晚上避开那条路", "P5")).not.toEqual([]);
  });

  it("…while a public notice of the same checks is clean", () => {
    expect(byRule("下周一开始严查超载，请各位司机遵守规定，检查点设在二道沟。", "P5", { kind: "notice" })).toEqual([]);
    expect(byRule("明天主干道施工，大家上班绕一下，走滨河路。", "P5")).toEqual([]);
  });
});

describe("false alarms of v13 on clean drafts", () => {
  it("work promised back to the one who asked, by a time, is no leak (那份…11点前发您)", () => {
    expect(byRule("不好意思刚看到，那份汇总表我下午三点前发您。", "P5", { kind: "reply", channel: "private" })).toEqual([]);
    // The same pointer sent out to others still is.
    expect(redline("上级刚下发的那个文件我拍给你，别外传", "P5")).not.toEqual([]);
  });

  it("an unnamed person's hardship identifies no one (一个群众…低保), and a refused packet is refused (我没收)", () => {
    const text = "今天帮一位老人办好了低保，他非要塞个红包给我，我没收，挺感动的";
    expect(byRule(text, "P4", { channel: "moments" })).toEqual([]);
    expect(byRule(text, "TJ3", { channel: "moments" })).toEqual([]);
    // A named household's is still private.
    expect(byRule("今天帮老王家办成了低保，他家儿子欠了网贷，啧啧", "P4", { channel: "group" })).not.toEqual([]);
  });

  it("peers helping one of their own in need is mutual aid, not a network (有困难的…大家帮一把)", () => {
    expect(byRule("老乡们，春节聚会定在初六，费用AA，有困难的老乡说一声，大家帮一把。", "TJ1", { channel: "group" })).toEqual([]);
    expect(byRule("老乡们，以后谁在县里办事找我，互相关照", "TJ1", { channel: "group" })).not.toEqual([]);
  });

  it("别外传 said of someone's illness is a privacy breach, not a leak of material", () => {
    expect(redline("跟你们说个事，老张查出来肺癌了，他不让说，别外传啊", "P5", { channel: "group" })).toEqual([]);
    expect(redline("这份人事方案先给你们看看，别外传", "P5", { channel: "group" })).not.toEqual([]);
  });

  it("a notice may close with 谢谢大家！", () => {
    const text = "各位同事：\n关于开展冬衣捐赠的倡议。\n1. 自愿参与，衣物请洗净打包，周五前交到工会活动室。\n2. 不收现金。\n谢谢大家！\n局工会";
    expect(check(text, { kind: "notice", channel: "workgroup" }).findings.filter((f) => f.code === "R4" && f.severity !== "suggestion")).toEqual([]);
  });

  it("a unit signature with the group owner's name in brackets is a signature（群主 孙浩）", () => {
    const text = "各位群成员：\n关于规范群昵称的通知。\n请今天下班前将群昵称改为“单位+姓名”。\n收到请回复，谢谢！\n县政府办公室（群主 李强）";
    expect(check(text, { kind: "notice", channel: "workgroup" }).findings.filter((f) => f.code === "R5")).toEqual([]);
  });
});

describe("general recall in v14: openings that never name the matter (R2, G4)", () => {
  it("an address alone (王主任⏎, 各位) is a ping (G4) with no subject (R2); a reply or stickers are not", () => {
    for (const text of ["李科长\n", "各位同事"]) {
      const codes = check(text).findings.map((f) => f.code);
      expect(codes).toContain("G4");
      expect(codes).toContain("R2");
    }
    expect(check("好的\n").findings.filter((f) => f.code === "G4")).toEqual([]);
    expect(check("[捂脸][捂脸]").findings.filter((f) => f.code === "G4")).toEqual([]);
    expect(check("李科长：周五的会改到下午三点。").findings.filter((f) => f.code === "G4")).toEqual([]);
  });

  it("an opening that points at the matter twice (那个事…你懂的) is a suggestion under R2; once is not", () => {
    const r2 = (text: string) => check(text).findings.filter((f) => f.code === "R2");
    expect(r2("小刘，就是上次那个事，你懂的，抓紧弄一下")).toHaveLength(1);
    expect(r2("小刘，就是上次那个事，你懂的，抓紧弄一下")[0]!.severity).toBe("suggestion");
    expect(r2("小刘，上次那个事我问过了，周五前给你回话。")).toEqual([]);
  });
});
