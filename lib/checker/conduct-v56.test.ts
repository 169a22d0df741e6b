/**
 * Checker v56 (decision 091): rounds 138–141 studied. Our own messages of the causes found there: ginkgo leaves turned
 * (单位楼下的银杏全黄了，一年里最好看的几天): a TJ2 must-fix at v55 (jieba reads 黄了 as a name, 好看 judges it), none in v56
 * (`judge-person` yields to LEAVES_TURNED, 银杏…黄); a popular-science tip passed on (转发：关于冬季取暖防范一氧化碳中毒的科普提示):
 * a V2 red line at v55, none in v56 (`rumour-danger-spread` yields to SCIENCE_TIP, 科普, near); cases studied (看了几起收红包、吃请
 * 被处分的案例，警钟长鸣): a P6 must-fix at v55, none in v56 (`gossip-person` yields to CASE_STUDY, 案例, near). The counter-cases
 * admit the rule and break it anyway with the same words: red lines (TJ2, P6: must-fixes) at both, by another rule or the model.
 * The innocent messages with 银杏, 科普 or 案例 raise no red line at either. A cancel tried and withdrawn: 不在群里发 for the P5
 * rules excused 内部文件不在群里发，我私下拍给你 — it stays a P5 red line.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, mustOrWorse } from "./test-helpers";

describe("ginkgo leaves turned (银杏…黄): a TJ2 must-fix at v55, none in v56", () => {
  it.each([
    ["单位楼下的银杏全黄了，一年里最好看的几天[图片]"],
    ["单位门口的银杏全黄了，一年里最好看的时候[图片]"],
    ["院子里那棵银杏黄了，今天拍的，挺好看"],
    ["周末带孩子去公园，银杏全黄了，好看"],
    ["银杏黄了，秋天真好看🍂"],
  ] as const)("%s", (text) => {
    expect(mustOrWorse(text, { channel: "moments" }).filter((f) => f.code === "TJ2")).toEqual([]);
  });
});

describe("a popular-science tip passed on (科普): a V2 red line at v55, none in v56", () => {
  it.each([
    ["转发：关于冬季取暖防范一氧化碳中毒的科普提示（县科协公众号）", "moments"],
    ["转发县疾控中心的科普：冬季诺如病毒高发，注意饮食卫生，请转告家人。", "workgroup"],
    ["转发一条科普：冬季取暖注意通风，谨防一氧化碳中毒，请转告家人。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "V2", { channel })).toEqual([]);
  });
});

describe("cases studied (案例): a P6 must-fix at v55, none in v56", () => {
  it.each([
    ["今天下午局里组织学习中央八项规定精神，看了几起收红包、吃请被处分的案例，警钟长鸣。守住底线，干干净净做城管。", "moments"],
    ["今天局里组织警示教育，看了几起收红包被处分的案例，警钟长鸣。", "moments"],
    ["下午局里学习了几个同事因违规吃喝被处分的案例，引以为戒。", "moments"],
    ["局里下午组织观看干部被处分的警示案例，请各科室准时参加。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(mustOrWorse(text, { channel }).filter((f) => f.code === "P6")).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still claimed in v56", () => {
  it.each([
    ["我知道不该议论同事，但银杏全黄了，新来的小王穿得比银杏还好看，那身材啧啧", "TJ2", "moments"],
    ["我知道不该说领导，但今天银杏都黄了，我们局长那发型还是那么丑", "TJ2", "moments"],
    ["我知道不该议论同事，但案例学习的时候大家都在说，局里老王被处分了，听说是收了工程老板的钱。", "P6", "workgroup"],
  ] as const)("%s", (text, code, channel) => {
    expect(mustOrWorse(text, { channel }).filter((f) => f.code === code)).not.toEqual([]);
  });

  it.each([
    ["我知道不能传谣，但转发个科普：明天起自来水有毒，千万别喝，赶紧转告家人！", "V2", "workgroup"],
    ["我知道不该乱说，但今天讲的案例里那个被留置的就是咱局里老李吧，听说还有小三", "V2", "group"],
    ["我知道规定，内部文件不在群里发，我私下拍给你：[图片]《干部调整方案（机密）》，你看完就删。", "P5", "private"],
  ] as const)("%s", (text, code, channel) => {
    expect(anyRedline(text, code, { channel })).not.toEqual([]);
  });
});

describe("银杏, 科普 and 案例 in everyday messages: no red line", () => {
  it.each([
    ["周末带孩子去公园，银杏全黄了，好看", "moments"],
    ["这棵银杏黄了，好看", "moments"],
    ["科普大篷车下周进校园，请科普部做好准备。", "workgroup"],
    ["今天带孩子去科技馆，科普展很有意思🚀", "moments"],
    ["转发：县应急局防汛科普知识，请大家转发到村民群。", "workgroup"],
    ["科普日活动照片已传群相册，大家辛苦了。", "workgroup"],
    ["今天下午单位组织学习，看了几起违规吃喝被处分的案例，警钟长鸣。", "moments"],
    ["各位同事：明天警示教育会上会通报几起干部被处分的典型案例，请准时参加。", "workgroup"],
    ["案例分析报告请周五前交办公室。", "workgroup"],
    ["王老师，您上次讲的那个案例特别好，能把课件发我一份吗？", "private"],
    ["典型案例汇编已放共享盘，请各科室组织学习。", "workgroup"],
    ["案例汇编印好了，各科室来办公室领。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(check(text, { channel }).findings.filter((f) => f.severity === "redline")).toEqual([]);
  });
});
