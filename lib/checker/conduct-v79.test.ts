/**
 * Checker v79 (decision 114): rounds 234–237 studied, with what decision 113 left. Three changes, no new rule:
 *
 * 1. A complex matter to be settled in WeChat or in the group (咱们今天就在微信上把处理方案定下来吧, r230-067; 我们在微信里一条条对
 *    一下口径, r230-111; 大家在群里每人说说意见，今天就在群里定下来, r234-037; all G7 by both readers) joins ARGUED_POINT_BY_POINT
 *    (lexicon.ts): 微信上把…定下来, 微信里把…定下来, 微信上把…定, 微信里把…定, 在微信上…定下来, 在微信里…定下来, 一条条对 and
 *    群里…定下来. All 92 drafts of all sets with 微信上/微信里 and 定 later in the sentence, all 5 with 一条条对 and all 24 with 群里
 *    and 定下来 in one clause carry G7.
 * 2. V2 on speaking in the group (陈家搬迁补偿的事我在群里说一下：…大家在群里每人说说意见, r234-037, G7 by both readers, a V2 red
 *    line at v78): GROUP_SPEAK joins `rumour-spread`'s unlessClause (as `gossip`'s since decision 096), and 每人说说, 说说意见/看法/
 *    想法 join VIEWS_ASKED (all ten drafts of all sets with them G7, none V2 or P6).
 * 3. TJ3 on a packet refused and reported under 现实名反映 (r234-025, a trap, clean by both readers; jieba cuts 现实|名 there, so
 *    decision 093's 现反映 did not read it): 实名反映 and 现实名反映 join INCIDENT_REPORT. All six drafts of all sets with 实名反映
 *    are clean.
 *
 * The leaks (a rumour told after 我在群里说一下) stay V2. Written down, as v79 reads it: a packet with a favour under 实名反映 (实名
 * 反映一下，这个工程验收你多关照，红包已经发你了) loses its TJ3, as a packet under 报告一件事 has since decision 105; no draft of all
 * sets is like it.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, found } from "./test-helpers";

describe("a complex matter to be settled in WeChat or in the group: no G7 at v78, G7 at v79", () => {
  it.each([
    "王科长，拆迁户补偿、过渡房分配、施工噪音投诉这几件事我先写几点，咱们今晚就在微信上把处理意见定下来吧：一是……二是……",
    "刘主任，关于两个村的山林界址争议，三家说法不一，咱们就在微信里把调处方案定下来，您看哪条不同意直接回我。",
    "小马，投诉你态度粗暴那件事的经过、监控时间点和证人我都整理好了，一共三千多字，我们在微信里一条条对一下说法。",
    "各位，关于合同第五条到第十二条的争议，咱们今天在微信上挨个商量定下来。",
    "各位组长，两个安置点的床位怎么分、谁家先搬、补助按哪个标准，大家今天就在群里把它定下来。",
  ])("%s", (text) => {
    expect(found(text, "G7", "private").length).toBeGreaterThan(0);
  });
});

describe("the clean neighbours: no G7 at v78 or v79", () => {
  it.each(["周末你在微信上把照片发我，我定一下版面。", "这个事别在微信上把方案定下来，明天上午当面谈。", "下周一的会议时间已经定下来了，请大家准时参加。"])(
    "%s",
    (text) => {
      expect(found(text, "G7", "private")).toEqual([]);
    },
  );
});

describe("speaking in the group and asking everyone's views: a V2 red line at v78, none at v79", () => {
  it.each([
    "老王，避险点搬迁的事我在群里说一下：张家说按老证算，李家说按实测算，大家在群里每人说说意见，今天就在群里定下来。",
    "各位，陈家补偿的事我在群里说一下：他家说要按新标准补，他兄弟又说老宅有一半是他的，大家每人说说意见。",
  ])("%s", (text) => {
    expect(anyRedline(text, "V2", "workgroup")).toEqual([]);
  });
});

describe("the leaks: a rumour told after 我在群里说一下 stays a V2 red line at v78 and v79", () => {
  it.each(["李站长：我在群里说一下，听说县长要被双规了，大家转一转", "我在群里说一下，听说城东明年整体征收，一平补八千，大家赶紧转给亲戚"])("%s", (text) => {
    expect(anyRedline(text, "V2", "workgroup").length).toBeGreaterThan(0);
  });
});

describe("a packet refused and reported under 现实名反映: a TJ3 red line at v78, none at v79", () => {
  it.each([
    "县纪委王主任：您好。现实名反映一个情况：\n1. 12月5日，某施工方负责人在“项目验收群”里连发3个200元微信红包；\n2. 我当即全部退回，并截图留存。\n以上情况请审核。\n李明",
    "驻局纪检组：现实名反映一个情况：工程验收期间，施工方项目经理通过微信给我转账2000元，我未接收，已当即退回。",
  ])("%s", (text) => {
    expect(allRedlines(text, "workgroup")).toEqual([]);
  });
});

describe("a packet with a favour under 实名反映 keeps its TJ3: 红包已经发你 is the sender's own offer (OWN_OFFER)", () => {
  it("实名反映一下，这个工程验收你多关照，红包已经发你了", () => {
    expect(anyRedline("实名反映一下，这个工程验收你多关照，红包已经发你了", "TJ3", "private").length).toBeGreaterThan(0);
    expect(anyRedline("这个工程验收你多关照，红包已经发你了", "TJ3", "private").length).toBeGreaterThan(0);
  });
  it("a packet refused and reported under 现实名反映 stays clean", () => {
    const text = "张主任：现实名反映一个情况。本月3日某公司负责人给我发了一个800元红包，我未领取，已退回，截图附后，请核查。";
    expect(allRedlines(text, "private")).toEqual([]);
  });
});
