/**
 * Checker v83 (decision 118): rounds 250–253 studied. Five changes, no new rule:
 *
 * 1. TJ3 on thanks with a treat promised for later (许老师，昨天查档辛苦您了，资料很有用，改天请您喝茶, r252-074, clean by both readers;
 *    a TJ3 red line at v82 by `favour-euphemism`, 辛苦您 read as a favour and 请您喝茶 as a gift): the 请您喝茶 inside 改天请您喝茶
 *    (TREAT_LATER) is no GIFT_EUPHEMISM. Of the six drafts of all sets with 改天请, five are not TJ3 (four clean, one TJ1) and the
 *    sixth's TJ3 is its packets kept (红包我都领了), which this leaves alone.
 * 2. P5 by the model on options laid before one's superior (周主任：年鉴印刷有三个方案，请您定：⏎1.县印刷厂，800册，报价4.6万元…, r252-039,
 *    clean by both readers): 请您定, 请你定, 请定夺 and 请您拍板 join P5's clean words (model-cues.ts). All eight drafts of all sets
 *    with them are clean.
 * 3. P5 by the model on a one-line note of one's own work done (加班到现在，终于把年终总结初稿写完了，睡觉！, r253-116, a trap, clean by
 *    both readers): a line with 终于…写完/弄完/搞完/改完 and no picture, photo, file, attachment, link, 你/您, 透, 心里 or 外传 is a
 *    P5 clean context. All seven such drafts of all sets are clean.
 * 4. G1 on private screenshots warned off the group (私聊截图不要往群里发, r253-057, a trap, clean by both readers): 截图不要/别往(工作)
 *    群里发 and 截图别/不要往外发 join SCREENSHOT_WITHHELD. All six drafts of all sets with them are clean.
 * 5. V3 on an inspector's score asked for with a gift (刘科长，给您发了张电子购物卡（500元），年底考核打分的时候还请多关照我们所哈,
 *    r250-053, TJ3 and RP3 by both readers): 考核打分 joins APPRAISAL_ASK, so `appraisal-gift` claims TJ3 and `vote-money` steps
 *    aside. None of the six drafts of all sets with 考核打分 is V3; the three with a gift are TJ3.
 *
 * The leaks (a treat promised beside money sent, beside 小意思 or 一点心意, or beside a vote asked for; material shown beside
 * 请您定, a plan hinted beside 终于改完了, a screenshot shown and then warned off; a ballot bought in a 民主测评) keep their red lines
 * or their G1.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

describe("thanks with a treat promised for later (改天请您喝茶): no TJ3 red line at v83 (one at v82)", () => {
  it.each([
    "许老师，昨天查档辛苦您了，资料很有用，改天请您喝茶🍵",
    "王老师，昨天的讲座辛苦您了，大家反响很好，改天请您喝个茶。",
    "周老师，史料核对辛苦您了，改天请您喝茶。",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", "private")).toEqual([]);
  });
});

describe("the leaks: a treat promised beside a gift or a vote stays a red line at v82 and v83", () => {
  it.each([
    "刘科，项目审批的事辛苦您了，改天请您喝茶，一点心意先转您了[转账 2000.00]",
    "刘科，项目审批辛苦您了，改天请您喝茶，小意思您收下。",
    "王局，拆迁补偿那事您多费心，改天请您喝茶[转账 1000.00元]",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", "private")).not.toEqual([]);
  });

  it("李哥，下周民主推荐你给我画个勾，改天请你喝茶 (a vote asked for)", () => {
    expect(allRedlines("李哥，下周民主推荐你给我画个勾，改天请你喝茶", "private")).not.toEqual([]);
  });

  it("兄弟，那个违章帮我消了吧，红包发你了，回头请你喝茶 (r2-019: 回头 is not 改天, and the packet is sent)", () => {
    expect(anyRedline("兄弟，那个违章帮我消了吧，红包发你了，回头请你喝茶。", "TJ3", "private")).not.toEqual([]);
  });
});

describe("options laid before one's superior (请您定): no P5 red line at v83 (one at v82)", () => {
  it.each([
    "周主任：年鉴印刷有三个方案，请您定：\n1.县印刷厂，800册，报价4.6万元，工期25天；\n2.市新华印刷，800册，5.2万元，工期18天；\n3.先印300册样书，余下次年印。\n我倾向方案1，工期能赶上2月底首发。\n年鉴科 赵子豪",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });
});

describe("the leaks: material shown beside 请您定 stays a P5 red line at v82 and v83", () => {
  it.each([
    "刘总，我们这次采购的控制价还没公开，内部方案先拍给您看看[图片]，您怎么报价请您定，别外传。",
    "老同学，招标的评分细则还没公示，我拍给你了[图片]，怎么报价你自己定，请你定个数。",
    "张总，这次的标底方案我先发你了[文件]，你们报多少请您拍板，看完删掉。",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", "private")).not.toEqual([]);
  });
});

describe("a one-line note of one's own work done (终于…写完了): no P5 red line at v83 (one at v82)", () => {
  it.each(["加班到现在，终于把年终总结初稿写完了，睡觉！", "周五了，这周终于把进修班结业考试和组织部的材料都弄完了，晚上带娃吃火锅！"])("%s", (text) => {
    expect(anyRedline(text, "P5", "moments")).toEqual([]);
  });
});

describe("the leaks: work done beside a photo or a hint to someone stays a P5 red line at v82 and v83", () => {
  it.each([
    "加班到现在，终于把方案弄完了💪 [照片：会议室白板，可见“拟调整干部名单”及多个姓名]",
    "终于把明年的招聘方案改完了，岗位和名额你先心里有个数",
    "加班到现在，终于把考察名单弄完了，先给你透个底，老王排第一，你知道就行",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", "private")).not.toEqual([]);
  });
});

describe("private screenshots warned off the group (私聊截图不要往群里发): no G1 at v83 (a must-fix at v82)", () => {
  it.each(["私聊截图不要往群里发。预算的事我下午去财政局当面沟通。", "小唐，私聊截图别往外发。高局就是催材料，没别的意思，有疑问当面问问他。"])(
    "%s",
    (text) => {
      expect(claimed(text, "G1", "workgroup")).toEqual([]);
    },
  );
});

describe("the leaks: a private screenshot shown, then warned off, stays G1 at v82 and v83", () => {
  it.each(["老王私聊我的截图发你看看，别往外发[图片]", "这是科长私聊我的截图[图片]，你们看看他说的啥，别往外发"])("%s", (text) => {
    expect(claimed(text, "G1", "workgroup")).not.toEqual([]);
  });
});

describe("an inspector's score asked for with a gift (考核打分): TJ3, no V3 red line at v83 (V3 at v82)", () => {
  it.each([
    "刘科长，给您发了张电子购物卡（500元），年底考核打分的时候还请多关照我们所哈。",
    "刘科长，年底考核打分的事麻烦您多费心，给您发了个520的小红包，一点心意，千万别嫌少[红包]",
  ])("%s", (text) => {
    expect(anyRedline(text, "V3", "private")).toEqual([]);
    expect(anyRedline(text, "TJ3", "private")).not.toEqual([]);
  });
});

describe("the leak: a ballot bought in a 民主测评 stays a V3 red line at v82 and v83", () => {
  it("各位党员，明天民主测评考核打分，大家给我投个好票，每人发了200的红包", () => {
    expect(anyRedline("各位党员，明天民主测评考核打分，大家给我投个好票，每人发了200的红包", "V3", "workgroup")).not.toEqual([]);
  });
});
