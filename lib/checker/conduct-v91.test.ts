/**
 * Checker v91 (decision 126): rounds 282–285 studied. One change, lowering a finding, no new rule, where both readers agree the
 * draft is clean:
 *
 * 1. A post asked to be taken back first (陈科，这个文件先撤回，内部稿不要在微信群里传，纸质版我让综合科发到各科室, r285-067, a trap):
 *    RECALL_FIRST (先撤回) joins P5_CANCELS — not RECALL_ASKED, so the privacy rules keep their must-fix — and is voided in its
 *    sentence by READ_THEN_RECALL (看完…撤回).
 * The leaks, bribes and vote-buying written for it stay flagged, in the same clause, another clause and another sentence.
 */
import { describe, expect, it } from "vitest";
import { claimed } from "./test-helpers";

describe("a post asked to be taken back first: no P5 at v91 (r285-067 P5 at v89 and v90)", () => {
  it("陈科，这个文件先撤回…", () => {
    expect(
      claimed("陈科，这个文件先撤回，内部稿不要在微信群里传，纸质版我让综合科发到各科室。林晓梅", "P5", {
        channel: "workgroup",
        kind: "reply",
      }),
    ).toEqual([]);
  });
  it.each([
    "内部稿我先发你看一眼，一会儿我先撤回",
    "这份机密文件我先发你，看完先撤回",
    "这个文件先撤回。内部稿我私下发你看看",
    "标着机密的那份预案先撤回，我拍照私发给你[图片]",
    "标着机密的那份预案先撤回。我拍照私发给你[图片]",
    "考察名单还没公示，先发您看一眼，一会儿请您先撤回",
    "陈科，这个文件先撤回，内部稿不要在微信群里传。明天突击检查的点位是城关和河口，别外传",
  ])("a leak stays P5: %s", (text) => {
    expect(claimed(text, "P5", "workgroup")).not.toEqual([]);
  });
  it.each(["群里的照片先撤回，老王得的是抑郁症，大家别外传", "群里的照片先撤回。老王得的是抑郁症，大家别外传"])("privacy stays P4: %s", (text) => {
    expect(claimed(text, "P4", "workgroup")).not.toEqual([]);
  });
  it("vote-buying stays V3", () => {
    expect(claimed("@王姐 群里的红包先撤回，我私下转你200，评选时投我一票", "V3", "group")).not.toEqual([]);
  });
  it("a bribe stays TJ3", () => {
    expect(claimed("刘老板，群里的红包先撤回，私下转我就行，检查的事我关照", "TJ3", "private")).not.toEqual([]);
  });
});
