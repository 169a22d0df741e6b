/**
 * Checker v35 (decision 060): the causes found in the studied rounds 72–73, each with our own
 * messages (not fixture drafts). Both are false alarms: a circle's group declined (就不进了) in a draft
 * that goes on to speak of classmates read as a relationship network (TJ1), and a secret paper
 * refused over WeChat (不能微信传) read as a leak (P5), and a fire-safety check notice asking for photos
 * of faults (消防安全…灭火器…拍照发群里) read by the model as a leak (P5).
 */
import { describe, expect, it } from "vitest";
import { claimed } from "./test-helpers";

describe("false alarms at v34, gone in v35", () => {
  it("a circle's group declined (这个…群我就不进了), then classmates named again, is no network", () => {
    const text = "老同学，谢谢你想着我，这个“互相关照”的群我就不进了。以后同学聚会叫上我，办事还是按规矩来。";
    expect(claimed(text, "TJ1", { channel: "private" })).toEqual([]);
  });

  it("a secret paper refused over WeChat (属于涉密资料，不能微信传) is no leak", () => {
    const text = "老王，那张配电网图纸涉及重点用户，属于涉密资料，不能微信传，你下午到调度室来查阅。";
    expect(claimed(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a fire-safety check notice asking for photos (消防安全大排查…灭火器…拍照发群里) is no leak (the model's claim: the wording stays near the draft's)", () => {
    const text = "关于开展春节前消防安全大排查的通知\n这几天大家抓紧把各村小卖部、饭店的灭火器、线路都查一遍，有问题的拍照发群里，周四前查完。";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});
