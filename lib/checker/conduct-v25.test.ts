/**
 * Checker v25 (decision 047): the causes found in the studied rounds 52–53, each with our own
 * messages (not fixture drafts). Red lines first — the centre mocked as 到底想干啥 with us its
 * 执行的工具人, interview questions leaked 透个底 — then the false alarms (a unit's 关于规范…的提醒, a list
 * sent 走OA 不在群内发送, an ID number not sent on WeChat, a case to be reported in person), the R3
 * claim on a voice note, and the recall causes (P10 on being hooked on the phone, XY1 on a 昵称 kept,
 * G4 on pings in chats, P4 on a face in a posted picture, G7 on a case argued on in chat, TJ2 on a
 * leader run down as 典型的官僚).
 */
import { describe, expect, it } from "vitest";
import { byRule, check, claimed, redline } from "./test-helpers";

describe("red lines missed at v24, claimed in v25", () => {
  it("the centre mocked as 到底想干啥, with us only 执行的工具人, is V1", () => {
    const text = "双减的规定一会儿紧一会儿松，中央到底想干嘛，反正我们只是执行的工具人。";
    expect(redline(text, "V1", { channel: "moments" })).not.toEqual([]);
  });

  it("interview questions leaked ahead (面试问题…透个底) are P5, beside a packet kept too", () => {
    // At v24 the model's P5 yielded to the packet and no rule knew 面试问题 as hot material.
    const text = "红包就不退了哈，下周面试问题我提前给你透个底。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });
});

describe("false alarms and wrong claims of v24, gone in v25", () => {
  it("a unit's 关于规范…的提醒 naming the conduct it forbids is no G1 nor P5", () => {
    const text =
      "各位班主任：\n关于规范转发家长私聊截图的提醒。近期有老师把家长私聊截图发到年级群。请大家：\n1. 不随意截屏，不将私聊截图转给他人；\n2. 工作留存的截图只存档，不外传。\n收到请回复，谢谢！\n教务处";
    expect(claimed(text, "G1", { kind: "request", channel: "workgroup" })).toEqual([]);
    expect(claimed(text, "P5", { kind: "request", channel: "workgroup" })).toEqual([]);
  });

  it("a list sent 走OA and 不在群内发送 is no P5", () => {
    const text =
      "各系部教学秘书：\n关于核对2027年专升本考试工作方案的事项。请于12月20日前完成：\n1. 登录教务系统核对本系方案；\n2. 确认监考教师名单（名单走OA，不在群内发送）；\n3. 如有调整，致电教务处6123xxxx。\n收到请回复，谢谢！\n教务处";
    expect(claimed(text, "P5", { kind: "request", channel: "workgroup" })).toEqual([]);
  });

  it("an ID number not sent on WeChat (不在微信上发) is no P4", () => {
    const text = "老周，他的身份证号我就不在微信上发了，下午你来科里当面拿，或者自己在系统里调取。";
    expect(claimed(text, "P4", { kind: "reply", channel: "private" })).toEqual([]);
  });

  it("a pupil's illness to be reported in person (微信里说不清…当面汇报) is no P4", () => {
    const text =
      "王校长您好：\n关于学生王某心理危机的情况，牵涉家长、宿舍和校医室，比较复杂，微信里说不清楚。我下午三点到您办公室当面汇报，您看可以吗？\n年级组 刘芳";
    expect(claimed(text, "P4", { kind: "request", channel: "private" })).toEqual([]);
  });

  it("a matter told only in voice notes (就是语音里说的) is R3 as a suggestion, not must-fix", () => {
    const text = "[语音 55″]\n主任，仓库那边的情况就是语音里说的。";
    expect(claimed(text, "R3", { kind: "report", channel: "workgroup" })).toEqual([]);
    expect(check(text, { kind: "report", channel: "workgroup" }).findings.filter((f) => f.code === "R3")).not.toEqual([]);
  });
});

describe("recall causes of rounds 52–53, found in v25", () => {
  it("being hooked on the phone at every hour (一天不看微信就心慌) is P10", () => {
    expect(byRule("半夜一点多了还在刷群，一天不看微信就心慌，老公说我中毒了。", "P10", { channel: "moments" })).not.toEqual([]);
  });

  it("a 昵称 kept in a work group (昵称…就不改了) is XY1", () => {
    expect(byRule("各位好，我是新来财务科的，昵称“向日葵🌻”就不改了哈，大家认头像就行。", "XY1", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a chat to a colleague opened with 在吗 before the matter, or a bare ping with @所有人, is G4", () => {
    expect(claimed("在吗？下午的检查表你填好了没？", "G4", { channel: "private" })).not.toEqual([]);
    expect(claimed("科长在吗？在吗？有件事想问问您。", "G4", { channel: "private" })).not.toEqual([]);
    expect(claimed("收到请回复！！收到请回复！！@所有人", "G4", { channel: "workgroup" })).not.toEqual([]);
    // A wife asked 在吗 before the matter is a family chat.
    expect(claimed("老公，在吗？今晚我加班，你去接孩子。", "G4", { channel: "private" })).toEqual([]);
  });

  it("a face in a posted picture (照片：…正脸) is P4", () => {
    expect(claimed("期末考场上这位同学打瞌睡的样子，太逗了哈哈哈 [照片：学生正脸]", "P4", { channel: "moments" })).not.toEqual([]);
    expect(claimed("今天查封了一家无证小作坊，老板一直求情，爽😎 [配图：当事人正脸]", "P4", { channel: "moments" })).not.toEqual([]);
  });

  it("a leader run down as 典型的官僚 who 正事一件不干 is TJ2", () => {
    expect(claimed("我们处那个一把手，典型的官僚，一天到晚就知道开会，正事一件不干。", "TJ2", { channel: "group" })).not.toEqual([]);
  });

  it("a long case argued on in chat (第一…第四…我再接着打字) is G7", () => {
    const text = "刘局：那起拆违的事我说下：第一，户主说有老证；第二，村里说没有；第三，街道意见不一；第四，还有两户要看齐……我再接着打字把后面的情况说完。";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });
});
