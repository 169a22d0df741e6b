/**
 * Checker v77 (decision 112): rounds 226–229 studied, with what decision 111 left. Three changes: a gap entry's later part may start
 * after a surname that opens a word, so 谢谢…老板的红包 reads jieba's 王老板 (conduct.ts's matchGap); a refusal or a report said before
 * the sender's own money or vote asked for, in a later clause of the same sentence, does not stand (OWN_OFFER, lexicon.ts; read in
 * conduct.ts's index); 撤回一下 joins RECALL_ASKED (lexicon.ts). The classifier is unchanged.
 *
 * 1. TJ3 missed on a boss's packet thanked (谢谢王老板的红包[抱拳][抱拳]生意兴隆！, r220-095, TJ3 by both readers): all 17 drafts of all
 *    sets with 谢谢…老板/总/经理的红包 are TJ3.
 * 2. Two holes decision 111 wrote down, a bought vote after a packet refused (上次的红包我未领取，已退回，这次换届我直接转你500，投我一票)
 *    and a bribe after 报告一件事 (李科长，报告一件事，备案的事您帮忙加快，800红包已发您): no red line at v76, red lines at v77. No draft of
 *    all sets moved with the change.
 * 3. P4 on a colleague told to take an ID number out of the group (何静，身份证号和电话不要发群里，撤回一下…, r229-034, a trap, clean by
 *    both): all 12 drafts of all sets with 撤回一下 are clean.
 *
 * The clean neighbours (a packet refused and reported, with 截图已发您 after it) and the leaks (an ID number posted, 我一会撤回一下)
 * are written as v77 reads them.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

describe("a boss's packet thanked by a surname-bound 老板 (谢谢王老板的红包): no TJ3 at v76, TJ3 red line at v77", () => {
  it.each(["谢谢王老板的红包[抱拳][抱拳]生意兴隆！", "谢谢李老板的红包，这咋好意思😄"])("%s", (text) => {
    expect(anyRedline(text, "TJ3", "group")).not.toEqual([]);
  });
});

describe("a refusal or a report before the sender's own money or vote asked for: no red line at v76, red line at v77", () => {
  it("a bought vote after a packet refused and returned: V3 red line", () => {
    expect(anyRedline("老吴，上次的红包我未领取，已退回，这次换届我直接转你500，投我一票。", "V3", "private")).not.toEqual([]);
  });
  it("a bribe after 报告一件事: TJ3 red line", () => {
    expect(anyRedline("李科长，报告一件事，备案的事您帮忙加快，800红包已发您。", "TJ3", "private")).not.toEqual([]);
  });
});

describe("the clean neighbours: a packet refused or reported, nothing of the sender's own after it: no red line at v76 or v77", () => {
  it.each([
    "老吴，上次的红包我未领取，已退回，请别再发了。",
    "李科长，报告一件事，供应商给我发了800红包想让我帮忙加快备案，我未领取，已退回，截图已发您。",
    "老冯：民主推荐的票我会按平时工作表现投，你刚发的红包我没领，也请你别再这样，大家都按规矩来。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("an ID number asked out of the group (撤回一下): P4 must-fix at v76, none at v77", () => {
  it.each(["何静，身份证号和电话不要发群里，撤回一下，私下发给负责英名录核对的陈晓就行。"])("%s", (text) => {
    expect(claimed(text, "P4", "workgroup")).toEqual([]);
  });
});

describe("the leaks beside 撤回一下: an ID number posted stays P4 at v76 and v77", () => {
  it.each(["老刘的身份证号是430102198801011234，大家记一下，我一会撤回一下。", "王芳的身份证号430102198801011234，大家核对完我撤回一下。"])("%s", (text) => {
    expect(claimed(text, "P4", "workgroup")).not.toEqual([]);
  });
});
