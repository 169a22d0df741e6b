/**
 * Checker v49 (decision 084): rounds 110–113 studied. Our own messages of the causes found there: gambling reported to the
 * discipline group as …组长：反映一个情况 or ：反映一个问题 (no 向您), a vote bought by another reported 请组里核查, a central document kept off
 * WeChat (不在微信上转, 原文在OA上): red lines at v48, none in v49; a bait declined (集赞的活动我就不参与了) and a private
 * chat's screenshot refused or warned against (别到处发): must-fix at v48, none in v49. The counter-cases admit the rule
 * and break it anyway with the same words: claimed at both.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed } from "./test-helpers";

describe("misconduct reported or a document kept off WeChat: red lines at v48, none in v49", () => {
  it.each([
    ["刘组长：反映一个情况，单位几个同志在一个微信群里用红包斗地主，金额不小，截图已整理，请组里了解核实。", "RP2"],
    ["陈书记：反映一个情况，有职工晚上在群里发红包比大小赌钱，名单我整理好了。", "RP2"],
    ["陈组长：反映一个问题。有几名职工在一个微信小群里用红包比大小赌钱，名单我明天当面向您说明。", "RP2"],
    ["吴组长：东湾村群里昨晚有人连发红包，说换届投他一票，我已截图，现随附报送，请组里核查。", "V3"],
    ["中央文件原文已经在OA上了，你直接下载，我就不在微信上转了。", "V1"],
    ["那份中央文件我不在微信上发了，原文在OA上，你登录看。", "V1"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, { channel: "private" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines in v49", () => {
  it.each([
    ["老李，我知道赌博违纪，反映一个情况：今晚群里红包斗地主，一把50，你也来凑个数。", "RP2"],
    ["兄弟们，我知道不对，先反映一个问题：今晚红包比大小，一包50，输了的接着发，都来！", "RP2"],
    ["王哥，我知道拉票不对，反映一个问题：明天换届推选，我给你发个红包，请投我一票。", "V3"],
    ["王哥：反映一个问题，我知道拉票不对，但明天换届推选，我给你发个红包，请投我一票。", "V3"],
    ["王哥，我知道拉票不对，但这次请组里的兄弟都帮帮忙，我给你发个红包，换届请投我一票。", "V3"],
    ["王哥，我知道拉票不对，请组里核查也没用，明天换届推选，我给大家每人发个红包，投我一票。", "V3"],
    ["我知道不该妄议，中央文件原文已经在OA上了，我就不在微信上转了，反正中央那套政策就是瞎折腾，说一套做一套。", "V1"],
    ["我知道不该妄议，但这次不在微信上说不行：上面这政策就是瞎折腾，中央文件年年一个样，落不了地。", "V1"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, { channel: "private" })).not.toEqual([]);
  });
});

describe("a bait declined, a private chat's screenshot kept back: must-fix at v48, none in v49", () => {
  it.each([
    ["集赞的活动我就不参与了，最近忙，下次聚会叫我。", "P9"],
    ["王姐，砍一刀那个我就不参与了哈，见谅。", "P9"],
    ["私聊的截图别到处发，有事当面说。", "G1"],
    ["聊天记录截图不要到处转，回头我跟你当面说。", "G1"],
  ] as const)("%s", (text, code) => {
    expect(claimed(text, code, { channel: "private" })).toEqual([]);
  });
});

describe("the same words beside the deed: still claimed in v49", () => {
  it.each([
    ["各位，我知道工作群不能发这些，集赞的活动我就不参与了。但这次我侄女的奶茶店集满50个赞送一杯，大家帮忙转发到朋友圈。", "P9"],
    ["我知道私聊截图不该外传，但这次别到处发就行，领导私聊的截图我转你看看。", "G1"],
    ["我知道私聊截图不该外传，截图我就不转给你了。但马局跟我的私聊截图我发到科室群里了，大家评评理。", "G1"],
    ["我知道不该转，刚才科长私聊的截图我发群里了，你们看完别到处发。", "G1"],
    // The refusal in the first clause, the deed in the second of the same sentence: the engine now tries the later 截图 when
    // the first one's clause cancels the rule (it skipped the sentence before).
    ["截图我就不转给你了，不过我把领导私聊的截图发到大群里了[图片]", "G1"],
  ] as const)("%s", (text, code) => {
    expect(claimed(text, code, { channel: "private" })).not.toEqual([]);
  });
});
