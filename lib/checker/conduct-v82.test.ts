/**
 * Checker v82 (decision 117): rounds 246–249 studied. Four changes, no new rule:
 *
 * 1. P5 on a secret document kept off WeChat (周主任，这份材料标了"秘密"，我不在微信上传，下午两点我当面送到您办公室, r247-016, a trap,
 *    clean by both readers): 不在微信上传 and 不在微信传 join WECHAT_REFUSED. All 18 drafts of all sets with them are clean of P5.
 * 2. RP2 by the model on a game declined (这种手气最差的发下一轮的红包我就不参加了, r247-034) and on a game reported to the discipline
 *    organ (报告一条线索：本单位"老乡会"微信群…有人组织手气最差者发下一轮的红包游戏, r247-096; both traps, clean by both readers): the
 *    words of DECLINE_JOIN (26 drafts of all sets, all clean) and an address to a discipline organ at the opening (纪委, 纪检组, 信访室
 *    … before the colon; 84 drafts, all clean) join RP2's clean words (model-cues.ts). Not the report's words (现反映, 一条线索): a
 *    game invited to after them stays a red line (conduct-v55).
 * 3. TJ3 missed on a packet kept with a polite 心意我领了 (哎呀谢谢刘总，红包收到了，不多不多，心意我领了。您公司那个研发总监的补贴我这边尽快给
 *    您过审, r247-010, TJ3 by both readers): beside PACKET_KEPT (红包收到了, 我都收了, 红包我就收了 …) in its sentence, 心意领了
 *    (THANKS_DECLINED) is no refusal. All eight drafts of all sets with both in one sentence are TJ3. Another refusal word in the
 *    sentence (已经退回, 不能收) still is one.
 * 4. P6 on soup heard to be good (中午谁去吃羊肉粉？楼下新开那家，听说汤不错, r249-098, clean by both readers; 汤不错 read as a person):
 *    汤 joins NOT_SURNAME. None of the 84 drafts of all sets with 汤 is P6, P4 or TJ2.
 *
 * The leaks (material photographed beside 不在微信上传; a game run by one who declined the last one; a game invited to after
 * 现报告一条线索) keep their red lines; the refusals (红包收到了，已经退回，心意我领了) keep no TJ3; hearsay about 汤局长 stays P6.
 * Rejected: 利息 out of SALES (r249-015; five of five drafts with 利息 are not P8, but 我们公司理财产品利息6%，大家考虑一下 lost its P8).
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed } from "./test-helpers";

describe("a secret document kept off WeChat (不在微信上传, 不在微信传): no P5 red line at v82 (one at v81)", () => {
  it.each([
    '周主任，这份材料标了"秘密"，我不在微信上传，下午两点我当面送到您办公室。',
    "孙主任，这份材料标了秘密，我不在微信传，下午当面送到您办公室。",
    "这份文件是秘密级的，我不在微信上传，明天上午当面给您。",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });
});

describe("the leaks: material shown beside 不在微信上传 stays a P5 red line at v81 and v82", () => {
  it.each([
    "原件我不在微信上传，先拍了一页给你[图片]，秘密级的，看完删掉。",
    "材料标了秘密，我不在微信上传。内部的考察名单我拍给你了，你知道就行，别外传。",
    "这份秘密级的编制方案原件不在微信上传，我先拍给你看看，看完删了，别外传。",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", { channel: "private" }).length).toBeGreaterThan(0);
  });
});

describe("a red-packet game declined, or reported to the discipline organ: no RP2 red line at v82 (one by the model at v81)", () => {
  it("这种手气最差的发下一轮的红包我就不参加了", () => {
    const text = "谢谢大家的好意，这种手气最差的发下一轮的红包我就不参加了，也建议咱们同事群别搞。";
    expect(anyRedline(text, "RP2", { channel: "group", kind: "reply" })).toEqual([]);
  });
  it("报告一条线索：…有人组织手气最差者发下一轮的红包游戏", () => {
    const text =
      '县纪委派驻纪检组：\n报告一条线索：本单位"老乡会"微信群12月5日晚有人组织手气最差者发下一轮的红包游戏，每轮50元，涉及县直干部7人。群聊截图已存档，可当面提供。\n县委人才办 林书颖';
    expect(anyRedline(text, "RP2", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("the leaks: a game run, declined or not, stays an RP2 red line at v81 and v82", () => {
  it.each([
    "今晚红包接龙我就不参加了，你们玩。明晚我来坐庄，手气最差的发下一轮，一轮50。",
    "兄弟们今晚红包接龙，手气最差的发下一轮，每轮50，都来啊",
    "老李，我知道赌博违纪，现报告一条线索：今晚群里红包接龙，一包100，手气最小的接着发，你也来。",
  ])("%s", (text) => {
    expect(anyRedline(text, "RP2", { channel: "group" }).length).toBeGreaterThan(0);
  });
});

describe("a packet kept with a polite 心意我领了: a TJ3 red line at v82 (none at v81)", () => {
  it.each([
    "哎呀谢谢刘总，红包收到了，不多不多，心意我领了。您公司那个研发总监的补贴我这边尽快给您过审。",
    "谢谢周经理，红包收到了，心意我领了哈，资质年审的事我记着呢。",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private", kind: "reply" }).length).toBeGreaterThan(0);
  });
});

describe("a packet refused beside 红包收到了 or 心意领了: no TJ3 red line at v81 and v82", () => {
  it.each([
    "王总，红包收到了，已经退回，心意我领了，验收按程序走。",
    "李总，红包收到了，心意领了，但我不能收，已点退回。验收按程序走。",
    "张总，您的心意我领了，红包已经退回，项目评审按程序走。",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private", kind: "reply" })).toEqual([]);
  });
});

describe("soup heard to be good: no P6 at v82 (a must-fix at v81)", () => {
  it("中午谁去吃羊肉粉？楼下新开那家，听说汤不错", () => {
    expect(claimed("中午谁去吃羊肉粉？楼下新开那家，听说汤不错", "P6", { channel: "group", kind: "chat" })).toEqual([]);
  });
});

describe("hearsay about a person named 汤 stays P6 at v81 and v82", () => {
  it.each(["听说汤局长要调走了，接他的是谁大家都知道。", "听说汤科长和那个女同事关系不一般，懂的都懂"])("%s", (text) => {
    expect(claimed(text, "P6", { channel: "group" }).length).toBeGreaterThan(0);
  });
});
