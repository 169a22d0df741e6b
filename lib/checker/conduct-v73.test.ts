/**
 * Checker v73 (decision 108): rounds 206–209 studied. Four changes, all in lexicon.ts (REPORT_MADE, PRIVACY_PROPER,
 * SCREENSHOT_WITHHELD, REPORT_FILED); conduct-rules.ts and the classifier unchanged.
 *
 * 1. V3 on a lead of vote-buying reported (现将一条拉票问题线索报告如下：⏎1. …村民兵连长在村党支部微信群发放红包，请求换届时投票支持,
 *    r207-060, a trap, clean by both readers): jieba reads 问题线索 as one word, so REPORT_MADE's 拉票问题 was missed; 拉票问题线索 and
 *    拉票的问题线索 join it. All 19 drafts of all sets with 拉票一事/问题/线索/情况 are clean.
 * 2. P4 on faces masked (研学照片我挑了20张，学生正脸的都打了码, r209-057, clean by both readers): 已打码, 已经打码 and 打了码 join
 *    PRIVACY_PROPER. All six drafts of all sets with them are clean.
 * 3. G1 on a screenshot refused (群里的聊天记录涉及其他同志，不便截图发给你, r207-023, a trap, clean by both readers): 不便截图 and
 *    不方便截图 (and their 截图发 forms) join SCREENSHOT_WITHHELD, in the screenshot's own clause. All eight drafts of all sets with
 *    them are clean.
 * 4. G1 on a packet refused and reported (…我没收，已退回，跟您报备一下，聊天记录截图我留了一份备查, r209-069, a trap, clean by both
 *    readers): 跟您报备 and 向您报备 join REPORT_FILED. All 12 drafts of all sets with them are clean.
 *
 * The leaks that use the words, written as v73 reads them: conduct-v47's vote bought beside 线索报告如下 stays a V3 red line (REPORT_MADE
 * did not take 线索报告如下); a packet taken and reported with 跟您报备 stays a TJ3 red line; a face shown without masking stays P4; a
 * private chat's screenshot shown in the clause after a refusal stays G1.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

describe("a lead of vote-buying reported (拉票问题线索): V3 red line at v72, none at v73", () => {
  it.each([
    "县纪委监委派驻纪检监察组王组长：您好！\n现将一条拉票问题线索报告如下：\n1. 12月5日晚，东河乡某村民兵连长在村党支部微信群发放红包，请求换届时投票支持；\n2. 群内截图原件已刻盘封存，未外传；\n3. 我部已要求当事人说明情况。\n材料明天上午当面送达。\n县人武部政工科 周敏",
    "李组长：\n现将一条拉票的问题线索报告如下：\n1. 12月3日晚，某村委会委员在村民群里发红包，请大家换届时投他一票；\n2. 相关截图已保存。\n镇纪委 王芳",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("faces masked (已打码, 打了码): P4 at v72, none at v73", () => {
  it.each(["王部长，研学照片我挑了20张，学生正脸的都打了码，您看行不行[文件]", "刘主任，活动照片里孩子的正脸已经打码了，您看一下[图片]"])("%s", (text) => {
    expect(claimed(text, "P4", "private")).toEqual([]);
  });
});

describe("a chat's screenshot refused (不便截图, 不方便截图): G1 at v72, none at v73", () => {
  it.each(["老吴：你好！群里的聊天记录涉及其他同志，不便截图发给你。你反映的退役补助问题，我明天上午在办公室当面跟你说清楚。\n县人武部 何晓"])("%s", (text) => {
    expect(claimed(text, "G1", "private")).toEqual([]);
  });
});

describe("a packet refused and reported to the head (跟您报备): G1 at v72, none at v73", () => {
  it.each([
    "刘馆，刚才维修厂家钱经理给我发了个888的红包，我没收，已退回，跟您报备一下，聊天记录截图我留了一份备查。",
    "周主任，跟您报备一下：今天配送公司王某给我发了个红包，我没收，已退回，聊天记录截图我留着。",
  ])("%s", (text) => {
    expect(claimed(text, "G1", "private")).toEqual([]);
  });
});

describe("the leaks that use the words or stand beside them: flagged at v72 and v73", () => {
  it("a vote bought beside 线索报告如下 (conduct-v47): V3 red line", () => {
    expect(anyRedline("我知道拉票不对，现将一条线索报告如下：明天换届推选，我给你发个红包，请投我一票", "V3", "private")).not.toEqual([]);
  });
  it("a packet taken and reported with 跟您报备: TJ3 red line", () => {
    expect(anyRedline("刘馆，跟您报备一下，维修厂家钱经理给我发了个888的红包，我收了，维修的事我给他办。", "TJ3", "private")).not.toEqual([]);
  });
  it("a face shown, not masked: P4", () => {
    expect(claimed("这是那个老赖的正脸照片，大家认一认[图片]", "P4", "group")).not.toEqual([]);
  });
  it("a private chat's screenshot shown after a refusal, in its own clause: G1", () => {
    expect(claimed("群里的聊天记录不便截图发给你，不过王科跟我私聊的截图你看看[截图]", "G1", "private")).not.toEqual([]);
  });
});
