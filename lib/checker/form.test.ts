/**
 * The form rules (R1–R5, U1, G4, G6): exact spans and severities on concrete texts. These run
 * both in the browser (checkForm) and in the full server check (checkMessage); every case is run
 * through both.
 */
import { describe, expect, it } from "vitest";
import { checkForm } from "./check-form";
import { checkMessage, type CheckResult, FORM_CODES, type Finding, parseSendAt } from "./index";
import type { CheckInput } from "./types";

/** The full check, after asserting that its form findings are exactly the browser's. */
const run = (text: string, extra: Omit<CheckInput, "text"> = {}) => {
  const full = checkMessage({ text, ...extra });
  const form = checkForm({ text, ...extra });
  const formOnly = (r: CheckResult) => r.findings.filter((f) => (FORM_CODES as readonly string[]).includes(f.code));
  expect(formOnly(full)).toEqual(formOnly(form));
  return full;
};
const codes = (r: CheckResult) => [...new Set(r.findings.map((f) => f.code))].sort();
const only = (r: CheckResult, code: string): Finding[] => r.findings.filter((f) => f.code === code);
const one = (r: CheckResult, code: string): Finding => {
  const found = only(r, code);
  expect(found, `expected exactly one ${code} finding, got ${JSON.stringify(r.findings)}`).toHaveLength(1);
  return found[0]!;
};
const slice = (text: string, f: Finding) => text.slice(f.start, f.end);

/** A clean notice; tests change one thing at a time. */
const NOTICE = "各位同事：\n定于5月8日上午9:00在三楼会议室召开安全生产会议，请准时参加。\n特此通知。\n区委办公室\n2024年5月6日";

describe("a good message", () => {
  it("passes with no findings", () => {
    const r = run(NOTICE, { kind: "notice", sendAt: "09:30" });
    expect(r).toEqual({ verdict: "pass", findings: [] });
  });
});

describe("R1 address", () => {
  it("reports a missing address as an empty span where it belongs (must)", () => {
    const text = "定于5月16日上午9点召开会议，请准时参加。特此通知。\n区安委办";
    const f = one(run(text, { kind: "notice" }), "R1");
    expect([f.start, f.end, f.severity]).toEqual([0, 0, "must"]);
  });

  it("places the missing address after an @mention", () => {
    const text = "@所有人 明天上午九点开会，请准时参加。特此通知。\n办公室";
    const f = one(run(text, { kind: "notice" }), "R1");
    expect(f.start).toBe(text.indexOf("明天"));
    expect(f.end).toBe(f.start);
  });

  it("is only a suggestion for a reply", () => {
    expect(one(run("收到，材料稍后发您。\n综合科 李明", { kind: "reply" }), "R1").severity).toBe("suggestion");
  });

  it.each([
    ["亲们：明天上午开会。特此通知。\n办公室", "亲们"],
    ["家人们！明天上午开会。特此通知。\n办公室", "家人们"],
    ["兄弟们，今天下班前交考勤表，收到请回复。\n综合科 张伟", "兄弟们"],
    ["宝，帮我把会议记录发一下。\n办公室 李明", "宝"],
    ["各位亲：周五前交学习笔记，收到请回复。\n支部 刘敏", "各位亲"],
  ])("flags the over-familiar address in %j", (text, term) => {
    const f = one(run(text), "R1");
    expect(slice(text, f)).toBe(term);
    expect(f.severity).toBe("must");
  });

  it("flags 亲 used as an endearment mid-message", () => {
    const text = "刘科长：嗯嗯好的呢亲，马上发过去。\n王芳";
    const f = one(run(text, { kind: "reply" }), "R1");
    expect(slice(text, f)).toBe("亲");
  });

  it("suggests a specific address instead of 大家好", () => {
    const text = "大家好！本周六上午植树，请8:30在东门集合。特此通知。\n机关工会";
    const f = one(run(text, { kind: "notice" }), "R1");
    expect([slice(text, f), f.severity]).toEqual(["大家好", "suggestion"]);
  });

  it.each([
    "各位领导：",
    "各楼层安全员：",
    "张科长：您好！",
    "尊敬的各位领导：",
    "各村（社区）：",
    "局属各单位：",
    "老李：",
    "您好，王主任：",
    "各位申请人：",
    "各申请单位：",
  ])("accepts %j", (address) => {
    const text = `${address}请于周五前报送材料，收到请回复。\n办公室 王芳`;
    expect(only(run(text, { kind: "request" }), "R1")).toEqual([]);
  });

  it("does not mistake 家人们 or 亲自 in the body for an address", () => {
    const text = "陈局长：您好！我们已亲自上门走访，其家人们表示感谢。\n工会 李明";
    expect(only(run(text, { kind: "reply" }), "R1")).toEqual([]);
  });
});

describe("R2 first sentence and G4 opening ping", () => {
  it("treats a header line such as 紧急通知： as a title, not a vague first sentence", () => {
    const text = "紧急通知：\n明天上午9点全体干部在三楼会议室开会。\n特此通知。\n办公室";
    expect(codes(run(text, { kind: "notice" }))).toEqual(["R1"]);
  });

  it("flags a vague lead-in sentence", () => {
    const text = "王主任：您好！有件事想跟您汇报一下。资金还差120万元，请协调拨付。收到请回复。\n东湖街道 刘洋";
    const f = one(run(text, { kind: "request" }), "R2");
    expect([slice(text, f), f.severity]).toEqual(["有件事想跟您汇报一下", "suggestion"]);
  });

  it("does not flag a first sentence that states the subject", () => {
    expect(only(run(NOTICE, { kind: "notice" }), "R2")).toEqual([]);
  });

  it.each([
    ["王局长，在吗？", "在吗"],
    ["在不在？明天的材料我想跟你对一下。\n李明", "在不在"],
    ["张科长：看到请回复。请于明天中午前告知名单。\n督查室 王芳", "看到请回复"],
    ["刘主任，有空吗？\n财务科 陈静", "有空吗"],
    ["在吗在吗？？\n小王", "在吗在吗"],
  ])("flags the ping in %j as must, and a first sentence that is only the ping as R2 (suggestion)", (text, ping) => {
    const r = run(text);
    const f = one(r, "G4");
    expect([slice(text, f), f.severity]).toEqual([ping, "must"]);
    // Blind round 1 (r1-005) labels both: the ping wastes time (G4) and the subject is not first (R2).
    expect(only(r, "R2").map((x) => [slice(text, x), x.severity])).toEqual([[ping, "suggestion"]]);
  });

  it("does not add R2 when the ping shares its sentence with the subject", () => {
    expect(only(run("在吗，周五会议的材料请今天报送。\n办公室 李明"), "R2")).toEqual([]);
  });

  it("does not count an opening 看到请回复 as the closing line", () => {
    const text = "张科长：看到请回复。下周督查需要贵科室派两人参加。\n督查室 王芳";
    expect(only(run(text, { kind: "request" }), "R4")).toHaveLength(1);
  });
});

describe("R3 order and length", () => {
  it("requires numbering for three matters joined by 另外/还有", () => {
    const text = "各位同事：\n明天上午9点开会。另外，周五前交述职报告。还有，下周二参加消防培训。特此通知。\n办公室 王芳";
    const f = one(run(text, { kind: "notice" }), "R3");
    expect(slice(text, f)).toBe("明天上午9点开会。另外，周五前交述职报告。还有，下周二参加消防培训。特此通知。");
    expect(f.severity).toBe("must");
  });

  it("asks for the place of a meeting a notice calls (suggestion), once", () => {
    const f = one(run("各位同事：\n明天下午开会，请准时参加。\n特此通知。\n办公室", { kind: "notice" }), "R3");
    expect(f.severity).toBe("suggestion");
    expect(codes(run("各位同事：\n明天下午3点在二楼会议室开会，请准时参加。\n特此通知。\n办公室", { kind: "notice" }))).toEqual([]);
  });

  it("asks that the requirements be written, not left to voice messages", () => {
    const text = "各位村书记：\n关于低保年审，具体要求我刚才发了几条语音，按语音里说的办。\n特此通知。\n镇民政办";
    expect(one(run(text, { kind: "notice" }), "R3").severity).toBe("must");
  });

  it("counts sentences with different dates as separate matters", () => {
    const text = "各位同事：\n5月8日上午开大会。5月9日下午廉政谈话。5月10日前交总结。特此通知。\n办公室";
    expect(one(run(text, { kind: "notice" }), "R3").severity).toBe("must");
  });

  it.each([
    "1. 8日开大会；\n2. 9日廉政谈话；\n3. 10日前交总结。",
    "一、8日开大会；二、9日廉政谈话；三、10日前交总结。",
    "一是8日开大会，二是9日廉政谈话，三是10日前交总结。",
    "①8日开大会；②9日廉政谈话；③10日前交总结。",
  ])("accepts numbered matters %j", (items) => {
    const text = `各位同事：\n另外，还有，再就是：\n${items}\n特此通知。\n办公室`;
    expect(only(run(text, { kind: "notice" }), "R3")).toEqual([]);
  });

  it("does not count 还有3天 as another matter", () => {
    const text = "各位同事：距离检查还有3天，请抓紧自查。另外，周五前交台账。特此通知。\n办公室";
    expect(only(run(text, { kind: "notice" }), "R3")).toEqual([]);
  });

  it("suggests shortening a message over 500 characters", () => {
    const body = "请各科室认真落实安全生产责任制，加强隐患排查。".repeat(25);
    const text = `各位同事：\n${body}\n特此通知。\n办公室`;
    const f = one(run(text, { kind: "notice" }), "R3");
    expect([f.start, f.end, f.severity]).toEqual([0, text.length, "suggestion"]);
  });
});

describe("R4 closing", () => {
  it("requires 特此通知 in a notice, marked just before the signature", () => {
    const text = "各科室：\n5月20日上午9点召开大会，请准时参加。\n区发改局办公室\n5月16日";
    const f = one(run(text, { kind: "notice" }), "R4");
    expect(f.severity).toBe("must");
    expect(f.start).toBe(f.end);
    expect(text.slice(0, f.start).endsWith("请准时参加。")).toBe(true);
  });

  it("suggests a receipt request for a request", () => {
    const text = "各位同事：\n请于本周四前将信息表交至财务科。\n财务科 陈静";
    expect(one(run(text, { kind: "request" }), "R4").severity).toBe("suggestion");
    expect(only(run(text.replace("。\n财务科", "，收到请回复。\n财务科"), { kind: "request" }), "R4")).toEqual([]);
  });

  it("suggests a closing for a report and accepts 妥否，请指示", () => {
    const text = "张书记：\n本周巡查发现火点2处，均已处置。\n镇农业服务中心 王芳";
    expect(one(run(text, { kind: "report" }), "R4").severity).toBe("suggestion");
    expect(only(run(text.replace("已处置。", "已处置。妥否，请指示。"), { kind: "report" }), "R4")).toEqual([]);
  });

  it("asks nothing of a reply", () => {
    expect(only(run("王主任：收到，马上办理。\n综合科 李明", { kind: "reply" }), "R4")).toEqual([]);
  });

  it("infers a notice from 特此通知-less text only when it says 通知, not from 通知家人", () => {
    const notice = "各位同事：\n关于调整作息时间的通知：自下周起，上班时间调整为8:30。\n办公室";
    expect(only(run(notice), "R4")).toHaveLength(1);
    const rumour = "各位领导：下游的同事赶紧通知家人转移。\n李明";
    expect(only(run(rumour), "R4")).toEqual([]);
    const report = "王局长：现将今日情况汇报如下：一切正常。\n综合科 李明";
    expect(only(run(report), "R4")).toHaveLength(1);
    const gossip = "各位同事：新局长脾气很大，大家以后汇报小心点。\n刘洋";
    expect(only(run(gossip), "R4")).toEqual([]);
  });
});

describe("R5 signature", () => {
  it("reports a missing signature at the end of the text (must)", () => {
    const text = "各位同事：\n请于5月31日前领取饭卡。\n特此通知。\n";
    const f = one(run(text, { kind: "notice" }), "R5");
    expect([f.start, f.end, f.severity]).toEqual([text.length - 1, text.length - 1, "must"]);
  });

  it("reports a date without unit or name", () => {
    const text = "各支部：\n请于6月25日前完成党费收缴。特此通知。\n2024年6月18日";
    const f = one(run(text, { kind: "notice" }), "R5");
    expect(f.start).toBe(text.indexOf("2024年6月18日"));
    expect(f.message).toContain("只有日期");
  });

  it.each([
    "特此通知。\n区委办公室\n2024年5月6日",
    "特此通知。人事科 5月6日",
    "收到请回复，谢谢！——区委组织部基层科",
    "请审阅。（综合科 李明）",
    "特此通知。\n镇社会保障服务中心\n联系人：李明 电话：13800001234",
    "特此通知。\n机要室 张伟",
    "请审阅。\n小张",
  ])("accepts the signature in %j", (ending) => {
    const text = `各位同事：\n明天上午9点开会。${ending}`;
    expect(only(run(text, { kind: "notice" }), "R5")).toEqual([]);
  });

  it("is only a suggestion for a reply", () => {
    expect(one(run("张主任：好的，我明天送过去。", { kind: "reply" }), "R5").severity).toBe("suggestion");
  });

  // Regression: lesson r5-signature recommends adding an office extension after the signature,
  // and its own model message (…谢谢！城南街道民政科 周敏（分机 8021）) was reported as unsigned.
  it.each([
    "收到请回复，谢谢！城南街道民政科 周敏（分机 8021）",
    "收到请回复，谢谢！\n城南街道民政科 周敏（分机：8021）",
    "收到请回复，谢谢！\n城南街道民政科 周敏 分机8021",
    "收到请回复，谢谢！\n民政科 周敏\n分机号：8021",
  ])("accepts a signature followed by an office extension in %j", (ending) => {
    const text = `各社区：\n请于本周五下班前上报独居老人走访台账。${ending}`;
    expect(only(run(text, { kind: "request" }), "R5")).toEqual([]);
  });

  // A message is never all signature: a name before a comma and a request after it (老王，那个报表…)
  // is one sentence with no signature, and 加班 is work done, not a class (班) that signs.
  it.each([
    ["老王，那个报表你赶紧弄一下", "request"],
    ["各位同事：周末大家辛苦了。\n天天加班，这个月争取把台账补齐", "request"],
  ] as const)("reports no signature in %j", (text, kind) => {
    expect(one(run(text, { kind }), "R5").start).toBe(text.length);
  });

  it("still reports an extension alone as no signature", () => {
    const text = "各社区：\n请于本周五下班前上报独居老人走访台账。收到请回复，谢谢！\n分机 8021";
    expect(one(run(text, { kind: "request" }), "R5").severity).toBe("must");
  });
});

describe("U1 send time", () => {
  it.each([
    ["07:59", true],
    ["08:00", false],
    ["12:00", false],
    ["22:00", false],
    ["22:01", true],
    ["00:00", true],
    ["2024-05-06T23:05:00+08:00", true],
    ["2024-05-06T15:30:00Z", true], // 23:30 Beijing
    ["2024-05-07T00:30:00Z", false], // 08:30 Beijing
    ["2024-05-06T09:00:00-05:00", false], // 14:00 UTC = 22:00 Beijing, the last allowed minute
    ["2024-05-06T09:01:00-05:00", true],
    ["2024-05-06 21:59:59", false],
    ["2024-05-06T22:00:30", true],
  ])("sendAt %s → flagged %s", (sendAt, flagged) => {
    const r = run(NOTICE, { kind: "notice", sendAt });
    expect(only(r, "U1").length).toBe(flagged ? 1 : 0);
  });

  it("spans nothing and names the Beijing time", () => {
    const f = one(run(NOTICE, { kind: "notice", sendAt: "2024-05-06T15:30:00Z" }), "U1");
    expect([f.start, f.end, f.severity]).toEqual([0, 0, "must"]);
    expect(f.message).toContain("23:30");
  });

  it.each([
    ["a chat to a work group", "明早七点全体到单位集合，迎接检查。", "workgroup", true],
    ["a private chat to a colleague by title", "李处，明天上午那个会我想先跟您碰一下。", "private", true],
    ["a private chat to a colleague by name", "小刘，起来没？早上那份表你再看看。", "private", true],
    ["a private chat to family", "妈，我刚下班，明天中午回家吃饭。", "private", false],
    ["a chat in a friends' group", "睡不着，你们在干嘛？", "group", false],
  ])("a chat outside working hours is U1 when it is work: %s", (_, text, channel, flagged) => {
    const r = run(text, { kind: "chat", channel: channel as "workgroup", sendAt: "23:10" });
    expect(only(r, "U1").length).toBe(flagged ? 1 : 0);
  });

  it("ignores an unparseable send time (ZCheckInput rejects it)", () => {
    expect(only(run(NOTICE, { kind: "notice", sendAt: "25:00" }), "U1")).toEqual([]);
  });

  it("parses times independently of the machine's zone", () => {
    expect(parseSendAt("09:30")).toBe(9 * 3600 + 30 * 60);
    expect(parseSendAt("2024-02-29T10:00:00+0800")).toBe(10 * 3600);
    expect(parseSendAt("2023-02-29T10:00:00")).toBeNull();
    expect(parseSendAt("9:30")).toBeNull();
  });
});

describe("G6 emoji", () => {
  it("marks each run of emoji or WeChat stickers", () => {
    const text = "王主任：收到[抱拳][抱拳]，马上落实😊😊👍\n综合科 李明";
    const found = only(run(text, { kind: "reply" }), "G6");
    expect(found.map((f) => slice(text, f))).toEqual(["[抱拳][抱拳]", "😊😊👍"]);
    expect(found.every((f) => f.severity === "suggestion")).toBe(true);
  });

  it("does not count ★ in 秘密★ or ® as emoji", () => {
    expect(only(run("各位同事：商标®已注册。\n办公室 王芳"), "G6")).toEqual([]);
    expect(only(run("各科室：现将请示（秘密★1年）发群里。\n办公室 刘洋"), "G6")).toEqual([]);
  });
});

describe("form rules as rounds 6–7 showed them (notices that only inform, senders who introduce themselves)", () => {
  it("asks for 特此通知 only as a suggestion when a notice only informs", () => {
    const text = "各位同事：单位订的年货（食用油）已到，每人一桶，请到一楼收发室领取。办公室 王芳";
    const f = one(run(text, { kind: "notice", sendAt: "10:00" }), "R4");
    expect(f.severity).toBe("suggestion");
  });

  it("still requires 特此通知 of a notice that calls a meeting or sets a task", () => {
    const text = "各位同事：周三下午3点在二楼会议室召开党风廉政建设会议，请准时参加。办公室 王芳";
    expect(one(run(text, { kind: "notice", sendAt: "10:00" }), "R4").severity).toBe("must");
  });

  it("takes a self-introduction at the opening of a one-to-one message as the sender's name", () => {
    const text = "李经理您好，我是区市场监管局登记科小刘。贵公司的变更材料还缺一份股东会决议，请于周五前补交。谢谢！";
    const f = one(run(text, { kind: "request", sendAt: "10:00" }), "R5");
    expect(f.severity).toBe("suggestion");
    // without the introduction the signature is missing
    expect(one(run("李经理您好，贵公司的变更材料还缺一份股东会决议，请于周五前补交。谢谢！", { kind: "request", sendAt: "10:00" }), "R5").severity).toBe(
      "must",
    );
  });

  it("reads a branch bank as a unit in the signature", () => {
    const text = "各网点：\n请于本周五前完成反洗钱自查。\n特此通知。\n某农商银行城关支行";
    expect(only(run(text, { kind: "notice", sendAt: "10:00" }), "R5")).toEqual([]);
  });

  it("lets a bracketed public bulletin go without an address (a suggestion)", () => {
    const text = "【安全提示】近期电信诈骗高发，请勿向陌生账户转账。城关派出所";
    expect(one(run(text, { kind: "notice", sendAt: "10:00" }), "R1").severity).toBe("suggestion");
  });

  it("reports a chat that is nothing but 在吗 (G4), not a chat that goes on to the matter", () => {
    expect(one(run("在吗？", { kind: "chat" }), "G4").severity).toBe("must");
    expect(only(run("在吗？明天的材料我放你桌上了。", { kind: "chat" }), "G4")).toEqual([]);
  });
});

describe("G4 in a chat", () => {
  it("reports 您在吗？看到请回我 with nothing else", () => {
    expect(one(run("王科长您好，您在吗？看到请回我一下", { kind: "chat" }), "G4").severity).toBe("must");
  });
});

describe("R3: matters strung on 然后 / 另外 / 还有 / 对了, numbered nowhere (decision 058)", () => {
  it("reports a chat that strings four matters (a suggestion)", () => {
    const text = "明天去东区查消防然后灭火器记得带上另外通知街道的人一起还有照相机记得充电";
    expect(one(run(text, { kind: "chat", channel: "workgroup" }), "R3").severity).toBe("suggestion");
  });
  it("reports a notice whose matters run on without punctuation", () => {
    const text = "各科室：周五前把台账交上来然后卫生区域打扫一下另外车辆要登记还有就是值班表要更新。";
    expect(only(run(text, { kind: "notice", sendAt: "10:00", channel: "workgroup" }), "R3")).not.toEqual([]);
  });
  it("not when the matters are numbered", () => {
    const text = "各科室：\n1. 周五前交台账，另外附上说明；\n2. 打扫卫生区域，还有走廊；\n3. 车辆登记，然后交钥匙。\n特此通知。\n办公室";
    expect(only(run(text, { kind: "notice", sendAt: "10:00", channel: "workgroup" }), "R3")).toEqual([]);
  });
});

describe("decision 062: cross-round R2 and R3 causes (suggestions)", () => {
  const WG = { channel: "workgroup", sendAt: "10:00" } as const;
  it("R2: a notice whose first sentence is a pleasantry, the matter after it", () => {
    const text = "各位同事：\n今年大家都辛苦了，年底了也要注意身体。\n周四下午三点在二楼会议室开总结会，请各科室负责人参加。\n特此通知。\n办公室";
    const f = one(run(text, { kind: "notice", ...WG }), "R2");
    expect(f.severity).toBe("suggestion");
    expect(slice(text, f)).toBe("今年大家都辛苦了，年底了也要注意身体");
  });
  it("R2: weather and greetings run up to a turn (顺便说一下) before the matter", () => {
    const text = "各位：这两天降温了大家多保重，顺便说一下，请各科室周五前把考勤表报人事科。收到请回复。\n人事科 小李";
    expect(one(run(text, { kind: "request", ...WG }), "R2").severity).toBe("suggestion");
  });
  it("R2: not when the matter comes first, nor on a chat's thanks", () => {
    const notice = "各位同事：\n周四下午三点在二楼会议室开总结会，请准时参加。另外说一下，天冷了注意保暖。\n特此通知。\n办公室";
    expect(only(run(notice, { kind: "notice", ...WG }), "R2")).toEqual([]);
    expect(only(run("这次检查大家辛苦了，下周照这个流程推开。", { kind: "chat", ...WG }), "R2")).toEqual([]);
  });
  it("R2: the thing to be done pointed at (那个表大家填一下), named nowhere", () => {
    const text = "那个表大家填一下，周三前给我";
    const f = one(run(text, { kind: "request", ...WG }), "R2");
    expect(f.severity).toBe("suggestion");
    expect(slice(text, f)).toBe("那个表大家填一下");
    expect(only(run("请把12月考勤表填一下，周三前给我", { kind: "request", ...WG }), "R2")).toEqual([]);
  });
  it("R3: one matter sent in several messages (我分几条发, 等会再发)", () => {
    const text = "各位：周五迎检的安排比较多，我分几条发，先说时间：周五上午九点。\n办公室";
    expect(one(run(text, { kind: "notice", ...WG }), "R3").severity).toBe("suggestion");
    expect(one(run("张科长，今天走访先说这些，剩下的等会再发", { kind: "report", channel: "private" }), "R3").severity).toBe("suggestion");
  });
  it("R3: a chat sent as scraps, one per line; voice notes are no scraps", () => {
    expect(one(run("小刘\n明天\n那个会\n改了\n改到下午", { kind: "chat", channel: "private" }), "R3").severity).toBe("suggestion");
    const voice = "[语音 30″]\n[语音 20″]\n[语音 10″]\n[语音 5″]\n刘所，昨晚的情况您听一下";
    expect(only(run(voice, { kind: "chat", channel: "private" }), "R3")).toEqual([]);
  });
});

describe("decision 068: form claims the writers do not make, made milder on voice notes", () => {
  it("R1: a voice note's missing address is a suggestion (王局 after the [语音] mark)", () => {
    const text = "[语音 45″] 刘局，南岸泵站的情况我跟您语音汇报一下，您方便时听。";
    expect(one(run(text, { kind: "request", channel: "private", sendAt: "10:00" }), "R1").severity).toBe("suggestion");
  });
  it("R1: a voice note posted to a group with a line beside it", () => {
    const text = "[语音 58″][语音 40″]\n大家听一下，周五检查的安排都在里面。";
    expect(one(run(text, { kind: "notice", channel: "workgroup", sendAt: "10:00" }), "R1").severity).toBe("suggestion");
  });
  it("R5: a work group's voice report without a signature is a suggestion", () => {
    const text = "[语音 50″]（背景风声很大）\n刚在堤上录的，有点吵，大家凑合听。";
    expect(one(run(text, { kind: "report", channel: "workgroup", sendAt: "10:00" }), "R5").severity).toBe("suggestion");
  });
  it("still must-fix without a voice note, and R5 on a voice notice", () => {
    const text = "大家听一下，周五检查的安排按上次说的办。";
    expect(one(run(text, { kind: "notice", channel: "workgroup", sendAt: "10:00" }), "R1").severity).toBe("must");
    const voiceNotice = "[语音 58″]\n大家听一下，周五检查的安排都在里面。";
    expect(one(run(voiceNotice, { kind: "notice", channel: "workgroup", sendAt: "10:00" }), "R5").severity).toBe("must");
  });
});
