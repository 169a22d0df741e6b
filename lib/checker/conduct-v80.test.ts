/**
 * Checker v80 (decision 115): rounds 238–241 studied, with what decision 114 left. Four changes, no new rule:
 *
 * 1. G4 on a doubled ping run into a name (刘秘书在吗在吗？？看到速回, r235-068; 吴所在吗在吗, r218-075; 唐主任在吗在吗, r143-078):
 *    structure.ts's NAME_THEN_PING reads the address before 在吗在吗 as before one 在吗. 37 of the 38 drafts of all sets with 在吗在吗 or
 *    在吗？在吗 are G4.
 * 2. RP2 on a notice that forbids red-packet gambling with 不参加 (各位同事：关于元旦春节期间廉洁自律的提醒通知。…2.不参加以红包形式进行的
 *    赌博活动…特此通知, r238-085, a trap, clean by both readers): 不参加 joins PROHIBITION (notices only). All 32 drafts of all sets with
 *    不参加 are clean of conduct.
 * 3. P5 by the model on a superior's comments on a plan (盘点方案我看了，整体可以。两点意见：…周一例会上再定, r240-091, clean by both
 *    readers): 两点意见, 三点意见 and 几点意见 join P5's clean words (model-cues.ts). None of the 13 drafts of all sets with them is P5.
 * 4. G2 on an outsider pulled into the work group and already taken out (误把宾馆销售经理拉进了咱们接待工作群，我已将其移出, r239-051, a
 *    trap, clean by both readers): OUTSIDER_REMOVED (已移出, 已将其移出 …) in the three work-group stranger rules' unless. All eight
 *    drafts of all sets with 已…移出 are clean.
 *
 * The leaks (a gambling game announced as a notice with 不参加的…; a leak under 两点意见; an outsider pulled in to stay) keep their
 * findings. Written down, as v80 reads it: an outsider pulled in beside another person 已移出 in the same sentence loses its G2.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, claimed } from "./test-helpers";

const g4 = (text: string) => check(text, { channel: "private" }).findings.filter((f) => f.code === "G4" && f.severity !== "suggestion");

describe("a doubled ping run into a name: G4 at v80 (the first and third had none at v79)", () => {
  it.each(["刘秘书在吗在吗？？看到速回！！！", "唐主任在吗在吗？？人呢？看到回我！！", "吴所在吗在吗？看到回我一下，有个事想问问你。", "王科长在吗在吗"])(
    "%s",
    (text) => {
      expect(g4(text).length).toBeGreaterThan(0);
    },
  );
});

describe("a single ping after a name stays G4, and a name with no ping none", () => {
  it("何主任在吗？在吗？看到回一下。", () => {
    expect(g4("何主任在吗？在吗？看到回一下。").length).toBeGreaterThan(0);
  });
  it("刘秘书，明天上午九点的会改到三楼会议室。", () => {
    expect(g4("刘秘书，明天上午九点的会改到三楼会议室。")).toEqual([]);
  });
});

describe("a notice forbidding red-packet gambling with 不参加: no RP2 red line at v80 (the first was one at v79)", () => {
  it.each([
    "各位同事：关于元旦春节期间廉洁自律的提醒通知。\n1.不收受管理服务对象的微信红包、电子礼券；\n2.不参加以红包形式进行的赌博活动；\n3.遇到送红包的，及时退回并向纪检员报告。\n特此通知。收到请回复，谢谢！\n苇河灌区管理所党支部",
    "各位党员：春节将至，重申两点：一是不收受任何微信红包；二是不参加以微信红包形式进行的赌博。特此通知。\n机关党支部",
  ])("%s", (text) => {
    expect(anyRedline(text, "RP2", { channel: "workgroup" })).toEqual([]);
  });
});

describe("the leaks: red-packet gambling announced as a notice stays an RP2 red line at v79 and v80", () => {
  it.each([
    "各位同事：今晚群里红包接龙，手气最差的发下一个，不参加的明天请吃饭。\n特此通知。\n苇河灌区管理所党支部",
    "各位同事：今晚群里玩红包接龙，押大小，一注五十，不参加的扣绩效。特此通知。",
  ])("%s", (text) => {
    expect(anyRedline(text, "RP2", { channel: "workgroup" }).length).toBeGreaterThan(0);
  });
});

describe("a superior's comments on a plan (两点意见): a P5 red line by the model at v79, none at v80", () => {
  it("刘芳，盘点方案我看了，整体可以。两点意见：…周一例会上再定。", () => {
    const text = "刘芳，盘点方案我看了，整体可以。两点意见：\n1. 网店暂停发货要提前两天在店铺首页公告；\n2. 盘点差异超千分之三的单品要复盘。\n周一例会上再定。";
    expect(anyRedline(text, "P5", { channel: "private" })).toEqual([]);
  });
});

describe("the leaks under 两点意见 stay P5 red lines at v79 and v80", () => {
  it.each([
    "老同学，两点意见：县里还没公布的拆迁补偿方案我拍给你了[图片]，你先看，别外传。",
    "表哥，两点意见：1. 明天的招标控制价是386万，你们报385万稳拿；2. 这个别跟别人说。",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", { channel: "private" }).length).toBeGreaterThan(0);
  });
});

describe("an outsider pulled into the work group and already taken out: G2 must-fix at v79, none at v80", () => {
  it.each([
    "韩主任：刚才小罗误把宾馆销售经理拉进了咱们接待工作群，我已将其移出，群内近半小时消息不涉及敏感内容。今后进群一律实名备注、经群主同意。\n孙磊",
    "周主任：刚才我误把饲料公司的刘经理拉进了工作群，已把他移出，群里消息不涉及敏感内容。",
  ])("%s", (text) => {
    expect(claimed(text, "G2", { channel: "workgroup" })).toEqual([]);
  });
});

describe("an outsider pulled in to stay keeps G2 at v79 and v80", () => {
  it("我把宾馆销售经理拉进咱们接待工作群了，以后订房直接找他。", () => {
    expect(claimed("我把宾馆销售经理拉进咱们接待工作群了，以后订房直接找他。", "G2", { channel: "workgroup" }).length).toBeGreaterThan(0);
  });
});

describe("written down, as v80 reads it: another person 已移出 in the same sentence clears G2", () => {
  it("我把宾馆销售经理拉进咱们接待工作群了，刚才那个发广告的已移出。", () => {
    expect(claimed("我把宾馆销售经理拉进咱们接待工作群了，刚才那个发广告的已移出。", "G2", { channel: "workgroup" })).toEqual([]);
  });
});
