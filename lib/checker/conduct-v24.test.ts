/**
 * Checker v24 (decision 046): the causes found in the studied rounds 50–51, each with our own
 * messages (not fixture drafts). Red lines first — a case file (笔录、案卷、卷宗) in a posted photo, a
 * businessman thanked for a red packet with 合作愉快 — then the false alarms and wrong claims (the
 * model's V1 on a vote refused 按…文件来, R1 on an address written @各位…：, G1 on advice not to pass
 * private chats on, P9 on a share asked as 自愿转发 with 不集赞).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed at v23, claimed in v24", () => {
  it("a case file (笔录, 案卷, 卷宗) shown in a posted photo is P5", () => {
    expect(redline("这周结的那个案子，卷宗有两大摞[照片：卷宗封面]，总算能歇口气了", "P5", { channel: "moments" })).not.toEqual([]);
    expect(redline("[图片：询问笔录第一页] 大家看看这人是怎么狡辩的，笑死", "P5", { channel: "group" })).not.toEqual([]);
    // A case file mentioned without a picture leaks nothing.
    expect(byRule("卷宗已经按规定归档了，明天我去档案室交接一下", "P5", { channel: "private" })).toEqual([]);
  });

  it("a businessman's red packet thanked for with 合作愉快 is TJ3", () => {
    expect(redline("[图片：转账截图 5000元] 多谢李总的红包，合作愉快！", "TJ3", { channel: "moments" })).not.toEqual([]);
    // 合作愉快 with no money is only a pleasantry.
    expect(byRule("李总，合同已签好，原件寄给您了，合作愉快！", "TJ3", { channel: "private" })).toEqual([]);
  });
});

describe("false alarms and form claims of v23, gone in v24", () => {
  it("a vote refused as 按…文件来 is no V1 claim", () => {
    const text = "书记说得对。咱们支部群不搞什么网上拉票，优秀党员评选就按上级文件来，该交的材料交齐就行。";
    expect(claimed(text, "V1", { kind: "reply", channel: "group" })).toEqual([]);
  });

  it("an address written with an @ and a colon (@各位老师：) is an address", () => {
    const text = "@各位老师：本周五下午三点在报告厅开期末考务会，请提前五分钟入场。收到请回复，谢谢！——教务处 王芳";
    expect(claimed(text, "R1", { kind: "request", channel: "workgroup" })).toEqual([]);
  });

  it("advice not to pass private chats on (以后…别截图转了) is no G1", () => {
    const text = "提醒你一句，前天你把主任私聊的截图发到科室群里，不太妥当。以后私聊的东西还是别截图转了，有事当面说。";
    expect(byRule(text, "G1", { channel: "private" })).toEqual([]);
  });

  it("a chat with a member of the public posted with 问的问题 is no P5 (the question words alone are no secret)", () => {
    const text = "[图片：和来办事群众的聊天截图] 你们看看这人问的问题，真是没法沟通[捂脸]";
    expect(redline(text, "P5", { channel: "moments" })).toEqual([]);
    // Questions asked in an inspection talk, passed on ahead, still are.
    expect(redline("巡察组谈话时问的问题我都记下来了，截图发你，你提前准备准备", "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a share asked as 自愿转发 with 不集赞 is no P9", () => {
    const text = "各科室：关于转发医院公众号义诊推文的通知。请同事们自愿转发到朋友圈，不集赞、不排名、不截图。\n医院宣传科";
    expect(claimed(text, "P9", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });
});
