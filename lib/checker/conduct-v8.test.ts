/**
 * What rounds 14–15 taught (decision 029), in messages of our own: thanks to friends, a study
 * report, a phishing warning, a secrecy officer's day, hearsay with the colleagues as audience, news
 * of the addressee, one's own operation, a rule reminder and an office phone number stay clean;
 * hearsay told as advice to act, pay-cut and harm claims, a closed meeting's undisclosed matters,
 * money on a standing arrangement and a work task sent at midnight are caught.
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "./index";

const check = (text: string, sendAt?: string) => checkMessage({ text, kind: "chat", sendAt });
const codes = (text: string, sendAt?: string) => [...new Set(check(text, sendAt).findings.map((f) => f.code))];
const claims = (text: string) => check(text).findings.filter((f) => f.severity !== "suggestion" && !["R1", "R5"].includes(f.code));

describe("clean: the over-reach rounds 14–15 showed", () => {
  it.each([
    // Thanks for a favour done is no network (TJ1).
    "搬家总算搬完了，多谢哥几个周末来帮忙，改天请大家吃饭。",
    // Studying and applying central policy is no 妄议 (V1 model).
    "收到。下午支部学习了全会精神，结合我们社区实际，下一步先把加装电梯的事办好。",
    // 密码 is a password (P5 model).
    "张姐，那个中奖链接是假的，我已经报给网络安全科了，您尽快把支付密码改一下。",
    // The secrecy officer's own work (P5 model).
    "今天在保密室把一批文件的密级标识重新核了一遍，眼睛都看花了。",
    // The colleagues are the audience of everyday news (P6).
    "听说城西公园的荷花开了，周末去的同事注意带伞。",
    // News of the addressee, told to him, with an offer of help (V2).
    "小刘，听说你爱人生了，需要帮忙的话说一声。",
    // One's own operation and leave (P4).
    "各位，我下周要住院做个小手术，请了五天假，手头的事交给老陈了。",
    // A group's rule asking for the change (XY1).
    "请新进群的同志改一下备注，群里要求“单位+姓名”，不改的话管理员会提醒。",
    // A public office number given (P4 model).
    "王女士，您反映的拖欠问题已转给区人社局，他们的办公电话是0XXX-7654321，工作日可打。",
    // A refusal passed on (V2).
    "节前的红包我一个都没领，也请大家都别领，有人问就说单位有规定。",
  ])("%j raises no must-fix or red line", (text) => {
    expect(claims(text).map((f) => [f.code, f.basis, f.triggers])).toEqual([]);
  });
});

describe("caught", () => {
  it.each([
    // Hearsay passed on with advice to act on it (V2).
    ["听我表哥说，这一批奶粉吃出问题了，大家先别买这个牌子。", "V2"],
    ["有知情人讲，明年绩效取消，大家提前做好准备。", "V2"],
    // A closed meeting's undisclosed matters (P5).
    ["今天局里开会，领导说机构要调整，方案先不对外，大家心里有个数就行。", "P5"],
    // Money on a standing arrangement, to someone in office (TJ3).
    ["王所，这500是这个月的辛苦费，以后每批都这么算，您多照应。", "TJ3"],
  ])("%j → %s", (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it("a work task sent in a chat at midnight is out of hours (U1); a late family chat is not", () => {
    expect(codes("小李，把明天会上的汇报材料改好发我。", "23:50")).toContain("U1");
    expect(codes("妈，我刚下班到家，您早点睡。", "23:50")).not.toContain("U1");
  });
});
