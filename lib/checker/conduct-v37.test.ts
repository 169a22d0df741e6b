/**
 * Checker v37 (decision 064): the causes found in the studied rounds 76–77, each with our own
 * messages (not fixture drafts). Two are red lines only suggested at v36: a transfer taken, shown by
 * WeChat's [已收款 ¥…] mark, beside a favour (TJ3); a title marked （内部） shown (P5). The others are
 * false alarms or wrong claims at v36: 提前到岗 (early) read as ahead of publication (P5); 转给你们 (passed
 * round) read as money (TJ3); a leader 上面硬塞下来的 read as the centre criticised (V1); canvassing
 * refused (不能帮你去拉票) claimed by the model (V3); 给奶奶的 and 被逼的 read as vulgar (P2).
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("red lines only suggested at v36, claimed in v37", () => {
  it("a transfer taken ([已收款 ¥…]) beside a favour is TJ3", () => {
    const text = "[已收款 ¥300] 谢了王老板，你们厂那个环评我跟科里打过招呼了，放心";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("a title marked （内部） shown is P5", () => {
    const text = "周末还在改下季度考核方案（内部），头都大了😮‍💨 [图片：电脑屏幕上的方案]";
    expect(redline(text, "P5", { channel: "moments" })).not.toEqual([]);
  });
});

describe("false alarms and wrong claims at v36, gone in v37", () => {
  it("提前到岗 in a notice put in the group is no leak", () => {
    const text = "各科室：\n周四上午9点市局检查组来我局检查安全生产工作，各科室负责人务必提前到岗。发群里就算通知到了。\n办公室 张强";
    expect(redline(text, "P5", { channel: "workgroup", kind: "notice", sendAt: "10:00" })).toEqual([]);
  });

  it("a rumour passed round (快转给你们…看看) is no money for a secret", () => {
    const text = "【内部消息】省里已经定了，下个月起取消加班补贴，快转给你们科的人看看";
    expect(redline(text, "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a leader placed from above (上面硬塞下来的) is gossip, not the centre criticised", () => {
    const text = "新来的那个副局你见了没，开会就会照本宣科，听说是上面硬塞下来的";
    expect(redline(text, "V1", { channel: "private" })).toEqual([]);
  });

  it("canvassing refused (不能帮你去拉票) is not claimed as canvassing", () => {
    const text = "老王，评优的事我真不能帮你去拉票，大家心里都有数的，你平时干得好大家都看在眼里。饭就不用请了";
    expect(claimed(text, "V3", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("给奶奶的 and 被逼的 are not vulgar", () => {
    expect(claimed("[微信红包] 奶奶，重阳节快乐！孙女给奶奶的！", "P2", { channel: "group" })).toEqual([]);
    expect(claimed("这个转发我也是被逼的，大家随意哈", "P2", { channel: "group" })).toEqual([]);
  });
});
