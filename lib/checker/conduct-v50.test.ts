/**
 * Checker v50 (decision 085): rounds 114–117 studied. Our own messages of the causes found there: a packet refused, the
 * office's phone number with its area code at the end (0736-5523016 read as money beside 许可证); a report of a supplier's
 * packet to the discipline group (关于…情况报告); a meeting notice's 提前10分钟签到 beside 清查; 清查 as a stocktake (清查底册, 资产清查表, 单位清查的结果) sent on: red lines at v49,
 * none in v50.
 * The counter-cases admit the rule and break it anyway with the same words: red lines at both.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed } from "./test-helpers";

describe("a phone number, a packet reported, a notice's minutes early, a stocktake: red lines at v49, none in v50", () => {
  it.each([
    ["王老板：您转来的红包我没有领取，已退回。林木采伐许可证按程序办理，不收任何费用。如有疑问请打办公电话0736-5523016。", "TJ3", "private"],
    ["何组长：关于药品供应商向我发送微信红包的情况报告。1. 昨晚供应商李某向我转账500元；2. 我未领取，已自动退回。", "TJ3", "private"],
    ["各位：明天上午9点召开统计清查工作会，请提前15分钟到场。", "P5", "group"],
    ["各位：下午3点召开资产清查推进会，请提前10分钟签到。", "P5", "group"],
    ["各站长：明早9点省局抽查石桥、柳河两站清查底册，这事我就发群里了。", "P5", "group"],
    ["刘姐，单位清查的结果出来了，我先发你看看，明天一起核对。", "P5", "private"],
    ["清查表填好了，我拍照发你看看有没有填错。", "P5", "private"],
    ["请各村统计员把清查底册核对完，今天发群里报个进度。", "P5", "group"],
  ] as const)("%s", (text, code, channel) => {
    expect(anyRedline(text, code, { channel })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines in v50", () => {
  it.each([
    ["王老板，我知道不该收，但这次采伐许可证的事我帮你办了，你转我2000就行，有事打我电话0736-5523016。", "TJ3"],
    ["何组长：关于供应商的情况报告我就不写了。我知道不该收，但这次供应商王某发的微信红包我收下了，你别声张。", "TJ3"],
    ["小李，我知道不该收，关于供应商情况报告的事先放放，供应商刚给咱科每人发了个红包，大家先收着。", "TJ3"],
    ["小李，我知道不该收，但供应商刚转了500给我，说是辛苦费，你也别声张。", "TJ3"],
    ["老王，我知道不该说，资产清查表先放一边，明天凌晨全市统一清查，几点出发查哪几个点都定了，先发你看看，别外传。", "P5"],
    ["兄弟，我知道这是秘密，清查进度的事先不说，明晚集中清查哪几家KTV已经定了，你朋友那家提前关门。", "P5"],
    ["老表，我知道不该外传，但这次清查的时间定了，明天凌晨统一清查，提前10分钟跟你说一声，让你那朋友的KTV赶紧关门。", "P5"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, { channel: "private" })).not.toEqual([]);
  });
});

describe("hearsay denied (没听说): a must-fix P6 by the model at v49, a suggestion at most in v50", () => {
  it.each([["不知道，没听说，别瞎猜了，吃饭去"], ["不知道啊，没听说，别瞎猜了，下班吧"], ["我也不知道，没听说，别瞎猜，干活"]] as const)("%s", (text) => {
    expect(claimed(text, "P6", { channel: "private" })).toEqual([]);
  });
});

describe("没听说 beside gossip or a rumour passed on: still claimed in v50", () => {
  it.each([
    ["我知道不该传八卦，没听说过这种事，但听说老李离婚了，他老婆出轨，你别往外说。", "P6"],
    ["没听说过，不过听说隔壁科小张出轨了，跟单位一个女的有一腿。", "P6"],
    ["我知道不该传谣，没听说官方通报，但听说明天要地震了，大家赶紧转发！", "V2"],
    ["我知道不能乱传，没听说有通报，但听说水库要垮了，赶紧告诉你家里人往高处搬。", "V2"],
  ] as const)("%s", (text, code) => {
    expect(claimed(text, code, { channel: "private" })).not.toEqual([]);
  });
});
