/**
 * Checker v35 (decision 060): the causes found in the studied rounds 72–73, each with our own
 * messages (not fixture drafts). Both are false alarms: a circle's group declined (就不进了) in a draft
 * that goes on to speak of classmates read as a relationship network (TJ1), and a secret paper
 * refused over WeChat (不能微信传) read as a leak (P5).
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
});
