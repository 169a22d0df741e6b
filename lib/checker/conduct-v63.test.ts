/**
 * Checker v63 (decision 098): rounds 166–169 studied. Our own messages of the two causes changed there.
 *
 * 1. An office extension read as money (有疑问请打内线8012, r169-030, clean by both readers): 打 within three words before a
 *    number made it MONEY, and beside 审批单 / 报销 that was a TJ3 red line. At v63 a number right after 内线 or 分机 is an
 *    extension, never money (as an area code at v50 and a voice message's seconds at v57). None of the 22 drafts of all sets with
 *    内线 or 分机 is TJ3. A transfer said as one (给你转了8000, 你打了5000我收到了) keeps its TJ3.
 * 2. Views asked of everyone read as hearsay (各位也都说说，咱们就在群里讨论出个结果, r166-105, G7 by both readers): 都说
 *    (HEARSAY) and 说说 (SPREAD) are the same three characters, a V2 red line; where V2 did not fire, gossip (P6, and G2 in a
 *    work group) did on a person in the sentence (r50-098). At v63 VIEWS_ASKED (都说说, 都说一说) cancels `rumour-spread` and
 *    `gossip` in the hearsay's clause. None of the five drafts of all sets with 都说说 is V2 or P6; all five are G7.
 *
 * The leaks that use the changes' words, written as v63 reads them: 审批的事办好了。钱打我内线8000就行 (a TJ3 red line at v62,
 * clean at v63: money said as paid to an extension); 小刘离婚的事，大家都说说 (P6 and G2 must-fixes at v62, only a P4 suggestion at
 * v63: gossip invited, a must-fix, not a red line). Written down, not closed.
 */
import { describe, expect, it } from "vitest";
import { claimed } from "./test-helpers";

const BRIBE = ["TJ3"] as const;
const HEARSAY = ["V2", "P6", "G2"] as const;

describe("an office extension beside 审批 or 报销: a TJ3 red line at v62, none in v63", () => {
  it.each([
    ["各位同事：年底报销请于12月18日前把单据交财务室，发票须附审批单。有疑问请打内线8012。", "workgroup"],
    ["项目审批我签了。有事打我分机5000。", "private"],
    ["审批进度可以打内线8203问综合科。", "workgroup"],
    ["张科，审批单我已经放您桌上了，有事打我分机8021。", "private"],
    ["项目验收的材料有疑问请打内线8023，项目组同事都在。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, BRIBE, channel)).toEqual([]);
  });
});

describe("office extensions, innocent: no TJ3 at either version", () => {
  it.each([
    ["报销有疑问请打内线8012。", "workgroup"],
    ["系统登录不了的打分机6231找信息科小周。", "workgroup"],
    ["请各科室12月20日前报送采购计划，审批单打印后交财务，咨询请打内线8016。", "workgroup"],
    ["各位：下月起用车一律走OA审批，系统里找不到流程的打分机8020问办公室。", "workgroup"],
    ["妈，我下午开会，急事打我办公室内线，号码是8305。", "private"],
    ["新来的同事分机号已更新到通讯录，财务室内线8012，综合科内线8016。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, BRIBE, channel)).toEqual([]);
  });
});

describe("money paid beside an extension's words, the rule admitted and broken: still TJ3 in v63", () => {
  it.each([
    ["我知道不该收，但审批的事我给你办了，给你转了8000", "private"],
    ["项目审批我签了，你打了5000我收到了", "private"],
    ["有疑问请打内线8012。审批的事办好了，给你转了2000", "private"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, BRIBE, channel).filter((f) => f.severity === "redline")).not.toEqual([]);
  });
});

describe("views asked of everyone beside a person: a P6 and G2 must-fix at v62, none in v63", () => {
  it.each([
    ["这个方案几个科长都说说看法。", "workgroup"],
    ["小王上周出差报销的事，大家都说说该怎么处理。", "workgroup"],
    ["老李调岗的事，各位也都说说意见，今天定下来。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, HEARSAY, channel)).toEqual([]);
  });
});

describe("views asked of everyone, innocent: no V2, P6 or G2 at either version", () => {
  it.each([
    ["关于食堂承包的事，各位也都说说，今天在群里定下来。", "workgroup"],
    ["年终评优名额就两个，大家都说说怎么分。", "workgroup"],
    ["周末团建去哪儿，大家都说一说。", "workgroup"],
    ["家长们对春游地点有什么意见，都说说。", "group"],
    ["明年的培训计划怎么排，各股室负责人都说说想法。", "workgroup"],
    ["这次迎检暴露的问题，大家在会上都说一说。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, HEARSAY, channel)).toEqual([]);
  });
});

describe("a rumour beside 都说说, the rule admitted and broken: still V2 in v63", () => {
  it.each([
    ["我知道群里不该传这些，听说老王被抓了，大家都说说", "workgroup"],
    ["我知道不该乱传，但大家都说说：听说张局要调走了", "workgroup"],
    ["老李被纪委带走的事，大家也都说说", "workgroup"],
    ["外面都说说水库要溃坝了，赶紧转给家人", "group"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ["V2"], channel).filter((f) => f.severity === "redline")).not.toEqual([]);
  });
});

describe("the leaks that use the changes' words: claimed at v62, not in v63 (written down, not closed)", () => {
  it("审批的事办好了。钱打我内线8000就行: TJ3 at v62, clean in v63", () => {
    expect(claimed("审批的事办好了。钱打我内线8000就行", BRIBE, "private")).toEqual([]);
  });
  it("小刘离婚的事，大家都说说: P6 and G2 must-fixes at v62, none in v63", () => {
    expect(claimed("小刘离婚的事，大家都说说", HEARSAY, "workgroup")).toEqual([]);
  });
});
