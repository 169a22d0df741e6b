/**
 * Checker v72 (decision 107): rounds 202–205 studied. Three changes, all in lexicon.ts (BENEFIT, INCIDENT_REPORT,
 * WECHAT_REFUSED); conduct-rules.ts and the classifier unchanged.
 *
 * 1. V3 missed on a meal promised for the appraisal (马哥，下周测评的时候多关照关照啊，回头请你吃饭, r205-077, V3 by both readers;
 *    round 205's one red line missed): 请你吃饭 and 请您吃饭 join BENEFIT, which `vote-benefit` reads beside a vote. All 18 drafts of
 *    all sets with the words beside a word of VOTE are V3.
 * 2. TJ3 on a discipline bulletin (各县属企业：关于一起违规收受微信红包问题的通报。⏎1. …在物资采购中，先后收受供应商微信红包…,
 *    r202-120, a trap, clean by both readers): 关于一起…问题的(警示)通报, 问题通报如下 and 案例通报如下 join INCIDENT_REPORT. All 12
 *    drafts of all sets with them are clean.
 * 3. P5 on internal material refused (…那份大坝安全鉴定报告是内部资料，不能走微信…让单位发函…走程序, r205-071, a trap, clean by
 *    both readers): 不能走微信 and 不走微信 join WECHAT_REFUSED. All 11 drafts of all sets with them are clean.
 *
 * The leaks that use the words, written as v72 reads them: a secret shown while saying it should not go by WeChat stays a P5 red
 * line; a bribe's chat that mentions a case bulletin in passing (那个案例的通报我看了) stays a TJ3 red line.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline } from "./test-helpers";

describe("a meal promised for an appraisal or a vote (请你吃饭/请您吃饭): no red line at v71, V3 red line at v72", () => {
  it.each([
    "马哥，下周测评的时候多关照关照啊，回头请你吃饭[抱拳]",
    "小周，下周测评的时候多照应照应，回头请你吃饭。",
    "张姐，下周民主测评您多关照关照，回头请您吃饭。",
  ])("%s", (text) => {
    expect(anyRedline(text, "V3", "private")).not.toEqual([]);
  });
});

describe("a meal promised with no vote: no red line at v71 and v72", () => {
  it.each(["老同学，好久没见了，周末请你吃饭，叫上小李。", "王老师，孩子的事谢谢您费心，改天请您吃饭。"])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("a discipline bulletin's heading (关于一起…问题的通报, 问题通报如下): TJ3 red line at v71, none at v72", () => {
  it.each([
    "各县属企业：关于一起违规收受微信红包问题的通报。\n1. 某县属企业一名部门负责人在物资采购中，先后收受供应商微信红包12个共计2400元；\n2. 经县纪委监委调查，给予其党内警告处分，违纪款已收缴；\n3. 各企业要以案为鉴，举一反三开展自查。\n特此通知。收到请回复，谢谢！\n县国资局党委办公室 刘畅",
    "各位同事：关于一起违规收受微信红包问题的警示通报。\n1. 某局干部在物资采购中收受供应商微信红包8个共计1600元；\n2. 经县纪委调查，给予其党内警告处分。\n局机关纪委",
  ])("%s", (text) => {
    expect(allRedlines(text, "workgroup")).toEqual([]);
  });
});

describe("internal material kept off WeChat (不能走微信, 不走微信): P5 red line at v71, none at v72", () => {
  it.each([
    "老同学，那份大坝安全鉴定报告是内部资料，不能走微信，你们项目确实需要的话，让单位发函到县水利局走程序。",
    "小刘，那份内部资料不走微信，你让单位发函来调阅。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("the leaks that use the words: red lines at v71 and v72", () => {
  it("a secret shown while saying it should not go by WeChat: P5 red line", () => {
    expect(anyRedline("这个本来不能走微信，我偷偷拍给你看看，明年的拆迁名单，还没公布。[图片]", "P5", "private")).not.toEqual([]);
  });
  it("a bribe's chat that mentions a case bulletin: TJ3 red line", () => {
    expect(anyRedline("供应商张总又给我发了个红包，采购的事他放心。那个案例的通报我看了，没事。", "TJ3", "private")).not.toEqual([]);
  });
});
