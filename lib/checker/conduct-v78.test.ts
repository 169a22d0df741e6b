/**
 * Checker v78 (decision 113): rounds 230–233 studied, with what decision 112 left. Four changes: a duty roster's dated lines are
 * one matter, not several (ORDER.roster, rules.ts; read in detect-form.ts's checkOrder); the sender's own gift brought (给你带,
 * 给您带) joins OWN_OFFER (lexicon.ts), closing decision 112's written-down hole; a crop's diseased ears, leaves or plants (病穗,
 * 病叶, 病株) stay one word so that their 病 is no person's illness (CROP_DISEASE, lexicon.ts); 调离, 调去 and 调到 join LEFT_POST
 * (lexicon.ts). The classifier is unchanged.
 *
 * 1. R3 on a duty roster (本周末值班安排如下：…, r229-082, r228-110): 50 of the 51 drafts of all sets with 值班安排如下 are clean,
 *    none R3 by label; nine were claimed R3, none at v78.
 * 2. A bought vote after a packet refused, with a gift brought (老吴，上次的红包我未领取，已退回，这次给你带两条烟，投票的事你懂的):
 *    no red line at v77, V3 at v78. None of the 20 drafts of all sets with 给你带/给您带 moved.
 * 3. P4 on a crop disease's photo (这张赤霉病病穗照片拍得不清楚…, r231-118, a trap, clean by both readers): none of the 15 drafts of
 *    all sets with a crop disease word is P4 by label.
 *
 * 4. XY1 missed on a ban on leaving the group (调离我所的同志一律不准退群…, r230-098, XY1 by both readers): all 20 drafts of all sets
 *    with 调离, 调去 or 调到 beside a ban on leaving in one sentence are XY1.
 *
 * The leaks (three matters strung after a roster; a person's illness) are written as v78 reads them.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed, found } from "./test-helpers";

describe("a duty roster (值班安排如下): R3 must-fix at v77, none at v78", () => {
  it.each([
    "各位同事：本周末值班安排如下：\n1.12日（周六）：带班刘红梅，值班马国庆、杨德福；\n2.13日（周日）：全体到岗参加悼念活动，7:30到岗，带班周立新；\n3.值班期间保持电话畅通，遇突发情况第一时间报告带班领导。\n特此通知。\n所办公室 陈晓",
    "各位同事：本周（11月30日至12月6日）值班安排如下：\n周一 郭丽　周二 何磊　周三 孙伟\n周四 王静　周五 吴婷\n周六 王静、吴婷　周日 陈晓东、林小雨\n值班人员请保持电话畅通，按时填写值班记录。特此通知。\n办公室",
  ])("%s", (text) => {
    expect(claimed(text, "R3", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("the leak beside a roster: three more matters strung on 另外/还有/此外 stay R3 at v77 and v78", () => {
  it.each(["各位同事：本周末值班安排如下：周六张磊，周日孙晓燕。另外周一交材料，还有周二开会在三楼会议室，此外周三体检。特此通知。\n办公室"])("%s", (text) => {
    expect(claimed(text, "R3", { channel: "workgroup", kind: "notice" })).not.toEqual([]);
  });
});

describe("a bought vote after a packet refused, with a gift brought (给你带): no red line at v77, V3 red line at v78", () => {
  it.each(["老吴，上次的红包我未领取，已退回，这次给你带两条烟，投票的事你懂的。", "老吴，上次的红包我没领，已退回，这次给您带两条烟，投票的事您懂的。"])(
    "%s",
    (text) => {
      expect(anyRedline(text, "V3", "private")).not.toEqual([]);
    },
  );
});

describe("the clean neighbours of 给你带: family errands and a packet refused: no red line at v77 or v78", () => {
  it.each([
    "妈，周六我回去，给你带两箱县里的砂糖橘，你别去买了。",
    "爸，您发的红包我收到了，谢谢爸！周末我带孩子回去看您和妈，给您带了两瓶降压药。",
    "老吴，上次的红包我未领取，已退回，请别再发了。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("a crop disease's photo or advice (病穗, 病叶): P4 must-fix at v77, none at v78", () => {
  it.each([
    "这张赤霉病病穗照片拍得不清楚，我重新拍了一张高清的发上来[图片]，请覃组长看下是否需要补查。\n马晓燕",
    "何立新：草莓白粉病建议：\n1.摘除病叶带出棚外；\n2.可用乙嘧酚兑水喷雾，间隔7天一次；\n3.注意放风降湿。\n下周我去棚里看看。王海涛",
  ])("%s", (text) => {
    expect(claimed(text, "P4", "workgroup")).toEqual([]);
  });
});

describe("the leaks beside 病穗: a person's illness stays P4 at v77 and v78", () => {
  it.each(["覃组长确诊癌症晚期了，病历在我这，大家别外传。", "老刘的病历和体检报告我发群里了，大家看看他这个病严不严重。"])("%s", (text) => {
    expect(claimed(text, "P4", "workgroup")).not.toEqual([]);
  });
});

describe("a ban on leaving the group after 调离/调去/调到: no XY1 at v77, XY1 at v78", () => {
  it.each([
    "各位同事：调离我所的同志一律不准退群，今后所里的事照样要看、要回，谁退群我再拉回来。",
    "李楠调去县人社局了也不许退群，谁都别想退，我是群主我说了算。",
    "@郑涛 你调到县医保局了也不准退群，都给我在群里待着，退了我再拉回来。",
  ])("%s", (text) => {
    expect(found(text, "XY1", "workgroup")).not.toEqual([]);
  });
});

describe("the clean neighbour of 调到: a colleague moved who has left the group: no XY1 at v77 or v78", () => {
  it.each(["老张调到县人社局了，他已经退群，大家有事打他电话。"])("%s", (text) => {
    expect(found(text, "XY1", "workgroup")).toEqual([]);
  });
});
