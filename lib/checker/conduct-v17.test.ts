/**
 * Checker v17 (decision 039, issue 18): the causes found in the studied rounds 36–37, each with our
 * own messages (not fixture drafts). Red lines first — figures filled in as the payer says once his
 * money is taken, a business fast-tracked after a thing received (客气啥…给你走快点), a roster with
 * identity numbers posted as a file, a contractor brought into the work group to hear its news, a
 * hostile foreign article praised and passed round — each with its innocent relatives clean; then the
 * false alarms (a family packet on 朋友圈, thanks said with the gift declined, a joint notice's
 * signature); then other causes (gift cards paid from meeting funds, private chats screenshotted,
 * off-topic questions in a work group).
 */
import { describe, expect, it } from "vitest";
import { byRule, check, mustOrWorse, redline } from "./test-helpers";

describe("red lines missed at v16, caught in v17", () => {
  it("money taken and the figures filled as the payer says (按你说的数填) is TJ3", () => {
    expect(redline("每月那五百块我收到了，你们公司的营业额我就按你说的数报。", "TJ3", { channel: "private" })).not.toEqual([]);
    // Figures taken from the firm's own books, with no money, are clean.
    expect(byRule("你们公司的营业额我就按你说的数报，后面附上你们的原始台账。", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a thing received and the business put ahead (客气啥…给你加急) is TJ3", () => {
    expect(redline("东西收到了，客气什么。明天你把申请表拿来，我给你加急。", "TJ3", { channel: "private" })).not.toEqual([]);
    // Thanks waved off and the matter done in turn is clean.
    expect(byRule("客气啥，应该的。明天你把申请表拿来，按顺序办理，一般五个工作日。", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a roster with identity numbers posted as a file (附件是…名单，含身份证号) is P5", () => {
    expect(redline("附件是这次困难户名单，含身份证号和银行卡号，大家入户时带着核对。", "P5", { channel: "workgroup" })).not.toEqual([]);
    // The same roster with the numbers removed is clean.
    expect(byRule("附件是这次困难户名单，已隐去身份证号和银行卡号，大家入户时带着核对。", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("a contractor brought into the work group to hear its news (拉进群…有啥消息跟他说) is P5", () => {
    expect(redline("我把我小舅子拉进群了，他是做建材的，想问问新校区项目的情况，大家有什么消息跟他说说。", "P5", { channel: "workgroup" })).not.toEqual([]);
    // A new colleague brought in is clean.
    expect(byRule("我把新调来的同事小陈拉进群了，大家有啥消息也跟他说说。", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("a hostile foreign article praised and passed round (境外媒体…真解气，传一传) is V1 and V2", () => {
    const text = "[链接] 境外媒体这篇说得太对了，真解气，大家转一转。";
    expect(redline(text, "V1", { channel: "group" })).not.toEqual([]);
    expect(redline(text, "V2", { channel: "group" })).not.toEqual([]);
    // Warning not to pass such articles on is clean.
    expect(
      mustOrWorse("境外媒体的这类文章大家不要转一转，看到了及时向组织报告。", { channel: "group", kind: "chat" }).filter(
        (f) => f.code === "V1" || f.code === "V2",
      ),
    ).toEqual([]);
  });
});

describe("false alarms at v16, clean in v17", () => {
  it("a family packet won in the family group (家人群…手气最佳) is no gambling claim", () => {
    const found = check("过年家人群里抢到奶奶发的红包，8.88元，手气最佳，开心！", { channel: "moments" }).findings;
    expect(found.filter((f) => f.code === "RP2" && f.severity !== "suggestion")).toEqual([]);
    // A stake per round stays RP2 even in a family group.
    expect(redline("今晚家人群抢红包，手气最差的发下一轮，一轮两百。", "RP2", { channel: "group" })).not.toEqual([]);
  });

  it("thanks said with the gift declined (心意领了，东西您留着) is no TJ3", () => {
    expect(byRule("王大爷，您的心意我们社区领了，这箱苹果您留着自己吃。", "TJ3", { kind: "reply", channel: "private" })).toEqual([]);
    // The gift taken stays TJ3.
    expect(redline("王老板，过节的心意我就领了，谢谢您！", "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("a joint notice's signature with its note (（与…联合通知）) is a signature (no R5)", () => {
    const text =
      "各社区：\n关于开展冬季用电安全检查的通知。\n1. 时间：12月10日；\n2. 请各社区提前通知住户。\n收到请回复，谢谢！\n城关供电所 刘洋（与街道办联合通知）\n";
    expect(check(text, { kind: "notice", channel: "workgroup", sendAt: "10:00" }).findings.filter((f) => f.code === "R5")).toEqual([]);
  });
});

describe("other causes found in rounds 36–37", () => {
  it("gift cards paid from meeting funds (走会议费) are TJ3", () => {
    expect(redline("国庆每人一张300元超市卡，走的会议费，大家领了别声张。", "TJ3", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a private complaint screenshotted and passed on (跟我抱怨…截图) is G1", () => {
    expect(byRule("你上周跟我抱怨处长的那几句我截图给办公室了。", "G1", { channel: "private" })).not.toEqual([]);
  });

  it("a family question asked in the work group (求推荐) breaks its rule (G2)", () => {
    expect(byRule("各位，谁家孩子上过附近的游泳班？求推荐一个靠谱的。", "G2", { channel: "workgroup" })).not.toEqual([]);
  });
});
