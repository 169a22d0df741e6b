import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORPUS } from "./corpus";
import { ALL_CORPUS, CORPUS_SETS, evaluate, formatTable } from "./evaluate";
import { checkMessage, type CheckResult, type Finding, parseSendAt, RULE_CATALOGUE, verdictOf, ZCheckInput } from "./index";
import { FINDINGS } from "./rules";
import type { CheckInput } from "./types";

const run = (text: string, extra: Omit<CheckInput, "text"> = {}) => checkMessage({ text, ...extra });
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

  it.each(["各位领导：", "各楼层安全员：", "张科长：您好！", "尊敬的各位领导：", "各村（社区）：", "局属各单位：", "老李：", "您好，王主任："])(
    "accepts %j",
    (address) => {
      const text = `${address}请于周五前报送材料，收到请回复。\n办公室 王芳`;
      expect(only(run(text, { kind: "request" }), "R1")).toEqual([]);
    },
  );

  it("does not mistake 家人们 or 亲自 in the body for an address", () => {
    const text = "陈局长：您好！我们已亲自上门走访，其家人们表示感谢。\n工会 李明";
    expect(only(run(text, { kind: "reply" }), "R1")).toEqual([]);
  });
});

describe("R2 first sentence and G4 opening ping", () => {
  it("treats a header line such as 紧急通知： as a title, not a vague first sentence", () => {
    const text = "紧急通知：\n明天上午9点全体干部开会。\n特此通知。\n办公室";
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
  ])("flags the ping in %j as must", (text, ping) => {
    const r = run(text);
    const f = one(r, "G4");
    expect([slice(text, f), f.severity]).toEqual([ping, "must"]);
    expect(only(r, "R2")).toEqual([]);
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

describe("red packets", () => {
  it("V3: a red packet tied to votes is a red line spanning both sentences", () => {
    const text = "各位党员同志：村党支部马上要换届了，到时候投票的时候帮帮忙。今天给大家每人发个200元微信红包。\n李某";
    const f = one(run(text), "V3");
    expect(slice(text, f)).toBe("村党支部马上要换届了，到时候投票的时候帮帮忙。今天给大家每人发个200元微信红包。");
    expect(f.severity).toBe("redline");
    expect(run(text).verdict).toBe("block");
  });

  it("TJ3: a transfer for a favour", () => {
    const text = "张所长：您好！上次办证的事多亏您帮忙，我通过微信给您转了5000元辛苦费，请一定收下。\n村民 周某";
    const f = one(run(text), "TJ3");
    expect(slice(text, f)).toBe("上次办证的事多亏您帮忙，我通过微信给您转了5000元辛苦费，请一定收下。");
  });

  it("TJ3: amounts in Chinese numerals", () => {
    const text = "马局长：这次投标的事还望您多费心，微信上给您转了一万元。\n盛达公司 胡经理";
    expect(one(run(text), "TJ3").severity).toBe("redline");
  });

  it("RP2: red-packet gambling", () => {
    const text = "各位同事：今晚群里红包接龙，手气最佳的继续发，输了别赖账！\n王芳";
    expect(one(run(text), "RP2").severity).toBe("redline");
  });

  it("P7: a plain red packet in a work group is a caution", () => {
    const text = "各位同事：大家辛苦了，我在群里发个红包，祝周末愉快！\n办公室 张伟";
    const f = one(run(text), "P7");
    expect([slice(text, f), f.severity]).toEqual(["发个红包", "suggestion"]);
  });

  it.each([
    "各位会员：\n工会将发放节日慰问品，不发放现金红包和购物卡。\n特此通知。\n机关工会",
    "各位会员：\n今年春节工会慰问金以微信转账方式发放，每人500元。\n特此通知。\n机关工会",
    "各位党员：\n不得收送微信红包、电子礼券，不得借节日之机拉票贿选。\n特此通知。\n机关纪委",
    "各位党员：\n警示片涉及某村干部换届期间发红包拉票被查处的案例。\n特此通知。\n机关纪委",
    "刘老板：您发的红包我已经退回了，按规定我们不能收。\n市场监管所 王强",
  ])("no red-packet finding in the lawful or prohibitive %j", (text) => {
    const r = run(text);
    expect(r.findings.filter((f) => ["V3", "TJ3", "RP2", "P7"].includes(f.code))).toEqual([]);
  });

  // Regression: the lessons' model refusals (p7, v3, c3, c6, tianjin) were red-lined as vote
  // buying or favours because they name the election or the favour they are refusing.
  it.each([
    "刘老板，心意领了，红包我不能收，不点开，24小时后会自动退回。给您办执照是我们的本职工作，以后有事直接来窗口。",
    "周哥，钱我退回了。换届期间红包、转账一律不收，选谁大家按组织程序来。",
    "包书记，换届期间群里不能发红包，这个红包我不领，也请大家都别领。选举的事按程序来。",
    "谢谢大家的祝福，心意我领了，红包就不收了，过24小时会自动退回。大家工作辛苦！",
    "李总，礼品卡我不会使用，请您收回。验收按标准和程序进行，有问题请走正式渠道反映。",
    "陈总：上次年检的转账已退回，请不要再发。\n检测站 王强",
  ])("no red-packet finding in the refusal %j", (text) => {
    const r = run(text);
    expect(r.findings.filter((f) => ["V3", "TJ3", "RP2", "P7"].includes(f.code))).toEqual([]);
  });

  it.each([
    ["这个红包您一定收下，不收就是看不起我，换届的时候投我一票。", "V3"],
    ["红包您别退回，审批的事还请多关照。", "TJ3"],
    ["红包不会退回的，验收的事拜托了。", "TJ3"],
    ["各位党员：明天选举投我一票，群里红包不领白不领！", "V3"],
    ["红包领不领随你，明天选举记得投我一票。", "V3"],
    ["一点心意，转账您收下，不收下的话我心里过意不去，项目的事费心了。", "TJ3"],
  ])("still a red line when the words only look like a refusal: %j", (text, code) => {
    expect(one(run(text), code).severity).toBe("redline");
  });
});

describe("P5 secrets", () => {
  it("flags a classification marker", () => {
    const text = "各位同事：附件是《干部调整方案（机密）》，内部文件请勿外传。\n组织科 李明";
    const f = one(run(text), "P5");
    expect([slice(text, f), f.severity]).toEqual(["机密", "redline"]);
  });

  it.each([
    ["干部考察名单（内部资料），别往外传", "（内部资料）"],
    ["秘密★1年", "秘密★"],
    ["绝密级文件", "绝密级"],
    ["涉密文件的截图", "涉密文件"],
    ["会议纪要，请勿外传", "请勿外传"],
  ])("flags %j", (phrase, marker) => {
    const text = `王科长：这是${phrase}，您先看一下。\n综合科 王芳`;
    expect(slice(text, one(run(text), "P5"))).toBe(marker);
  });

  it.each([
    "李科长：这不是什么秘密，方案已公开征求意见。\n编办 赵磊",
    "各位同事：请牢记“上网不涉密、涉密不上网”，严禁通过微信传送涉密文件。\n办公室",
    "各位同事：国家秘密分为绝密、机密、秘密三级。\n办公室",
    "各位同事：下午的保密工作会议将传达涉密文件管理要求。\n办公室",
    "刘主任：这个事情也没什么机密的。\n综合科 周平",
    "张科长：您说的“机密”二字是文件名里的吗？\n档案室 陈丽",
  ])("does not flag %j", (text) => {
    expect(only(run(text), "P5")).toEqual([]);
  });

  it("still flags a quoted marker that labels the material", () => {
    const text = "李科长：麻烦把那份标了“机密”的人事任免方案扫描一下，微信发我。\n组织科 赵刚";
    expect(slice(text, one(run(text), "P5"))).toBe("机密");
  });
});

describe("P4 personal data", () => {
  it("flags an ID-card number", () => {
    const text = "各位同事：困难职工张某某（身份证号：420106198506154321）申请救助。\n工会 李明";
    const f = one(run(text), "P4");
    expect([slice(text, f), f.severity]).toEqual(["420106198506154321", "must"]);
  });

  it("flags a third party's mobile number", () => {
    const text = "各位同事：信访人王某的手机号是13987654321，接到电话直接挂掉。\n信访科 赵磊";
    expect(slice(text, one(run(text), "P4"))).toBe("13987654321");
  });

  it("flags a list of colleagues' numbers even under 联系方式", () => {
    const text = "各位同事：名单及联系方式如下：张伟 13611112222，王芳 13733334444。\n人事科";
    expect(only(run(text), "P4").map((f) => slice(text, f))).toEqual(["13611112222", "13733334444"]);
  });

  it("flags asking for ID numbers to be posted in the group", () => {
    const text = "各位村支书：名单需包含身份证号和家庭住址，直接发这个群里就行。\n民政办 王芳";
    expect(slice(text, one(run(text), "P4"))).toBe("身份证号和家庭住址，直接发这个群");
  });

  it("flags a bank card number and asking for data over WeChat", () => {
    const card = "各位同事：困难党员李某的银行卡号是6222021234567890123，大家可以直接转给他。\n支部 王芳";
    expect(slice(card, one(run(card), "P4"))).toBe("6222021234567890123");
    const wechat = "王科长：请把名单（含身份证号）拍照发我微信。\n组织科 李明";
    expect(slice(wechat, one(run(wechat), "P4"))).toBe("身份证号）拍照发我微信");
  });

  it.each([
    "各位同事：下周起我借调到区委办，有事可打我手机13712345678。\n综合科 杨洋",
    "各村：请加强宣传。特此通知。\n镇社保中心\n联系人：李明 电话：13800001234",
    "各街道：请于6月5日前填报。如有疑问请联系李明，电话13912345678。\n应急局",
    "各位同事：本人手机号已更换为13612345678，原号码停用。\n财务科 陈静",
    "各位同事：合同编号为202405061234567890，请办理付款。\n办公室",
    "张科长：顺丰单号SF1234567890123，明天送到。\n办公室 刘静",
  ])("does not flag %j", (text) => {
    expect(only(run(text), "P4")).toEqual([]);
  });
});

describe("P3 P9 P8 P2 word patterns", () => {
  it.each([
    ["P3", "各位同事：转发这条消息到3个群，今年必定走大运！\n李明", "转发这条消息到3个群，今年必定走大运"],
    ["P3", "各位同事：看到请转发，不转者家人会生病。\n王芳", "不转者家人会生病"],
    ["P9", "各位同事：帮我在朋友圈集满30个赞，可以领礼品。\n陈静", "集满30个赞"],
    ["P9", "各位同事：这个APP可以拆礼物，帮我点一下。\n刘洋", "拆礼物"],
    ["P8", "各位同事：正宗东北大米5斤装只要29.9元包邮。\n王芳", "包邮"],
    ["P8", "各位同事：新开了奶茶店，凭工作证一律8折。\n李娜", "8折"],
    ["P2", "各位同事：这个检查组简直他妈的鸡蛋里挑骨头。\n李明", "他妈的"],
    ["P2", "张科长：卧槽，这个表又要重填？\n王芳", "卧槽"],
    ["P2", "各位同事：我就骂他SB！\n刘军", "SB"],
    ["P8", "各位同事：本人代理保险，需要的私聊我。\n李娜", "需要的私聊我"],
  ])("%s: %j", (code, text, offending) => {
    expect(one(run(text), code).start).toBe(text.indexOf(offending));
    expect(slice(text, one(run(text), code))).toBe(offending);
  });

  it.each([
    "各位同事：近期出现“转发此条可得好运，不转将遭厄运”之类的信息，请不信谣、不传谣。\n办公室",
    "各科室：严禁在工作群内发布集赞、转发抽奖等诱导分享信息。\n办公室",
    "各位同事：近期有人在工作群发送代购、团购等广告信息，请遵守群规。\n办公室",
    "各位同事：窗口工作人员严禁使用“滚”“蠢货”等不文明用语。\n办公室",
    "王科长：您要的USB转接头已放在桌上。\n后勤科 李强",
    "各位同事：请登录 https://sb.example.gov.cn/login 完成核对。\n人社科 王敏",
    "各位同事：会员凭工会卡在指定商户消费可享受9折优惠。\n机关工会",
    "各村：为助力乡村振兴，请推荐合作社参展。\n农业服务中心",
  ])("does not flag the warning or near-miss %j", (text) => {
    expect(run(text).findings.filter((f) => ["P3", "P9", "P8", "P2"].includes(f.code))).toEqual([]);
  });
});

describe("V2 / P6 hearsay", () => {
  it("V2: hearsay urging people to spread it is a red line", () => {
    const text = "各位同事：听说县城连续发生抢小孩案件，大家赶紧转发扩散！\n李明";
    const f = one(run(text), "V2");
    expect([slice(text, f), f.severity]).toEqual(["听说县城连续发生抢小孩案件，大家赶紧转发扩散！", "redline"]);
  });

  it("V2: 紧急扩散 without a source", () => {
    const text = "各位同事：紧急扩散！自来水厂被投毒！\n李明";
    expect(slice(text, one(run(text), "V2"))).toBe("紧急扩散");
  });

  it("P6: hearsay stated as fact", () => {
    const text = "各位同事：听说人事科的小王要被处分了，大家注意点。\n张伟";
    const f = one(run(text), "P6");
    expect([slice(text, f), f.severity]).toEqual(["听说人事科的小王要被处分了，大家注意点。", "must"]);
  });

  it.each([
    "刘主任：群里有人说下周停发交通补贴，想向您核实一下是否属实？\n财务科 陈静",
    "赵主任：听说您下周要来调研，请问具体时间定了吗？\n党政办 王芳",
    "赵区长：网上出现“中学食物中毒”的传言，经现场核查系一名学生肠胃炎。特此报告。\n网信办 张伟",
    "各位居民：本周六停水，请互相转告。特此通知。\n居委会",
  ])("does not flag %j", (text) => {
    expect(run(text).findings.filter((f) => f.code === "V2" || f.code === "P6")).toEqual([]);
  });
});

describe("verdict", () => {
  const f = (severity: Finding["severity"]): Finding => ({ code: "X", severity, start: 0, end: 0, message: "", suggestion: "" });
  it("is block with any red line, revise with any must, else pass", () => {
    expect(verdictOf([])).toBe("pass");
    expect(verdictOf([f("suggestion")])).toBe("pass");
    expect(verdictOf([f("suggestion"), f("must")])).toBe("revise");
    expect(verdictOf([f("must"), f("redline"), f("suggestion")])).toBe("block");
  });

  it("matches the findings of a real check", () => {
    expect(run("王局长，在吗？").verdict).toBe("revise");
    expect(run("各位同事：大家辛苦了，我在群里发个红包！\n办公室 张伟").verdict).toBe("pass");
  });
});

describe("rule data", () => {
  it("every finding carries a catalogued rule code and Chinese text", () => {
    for (const spec of Object.values(FINDINGS)) {
      expect(RULE_CATALOGUE[spec.code].code).toBe(spec.code);
      expect(spec.message).toMatch(/[\u4e00-\u9fff]/);
      expect(spec.suggestion).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("ZCheckInput", () => {
  const issues = (input: unknown) => {
    const r = ZCheckInput.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("accepts valid input and keeps the text untrimmed", () => {
    const r = ZCheckInput.safeParse({ text: "  各位同事：明天开会。 ", sendAt: "09:30", kind: "notice" });
    expect(r.success && r.data.text).toBe("  各位同事：明天开会。 ");
    expect(ZCheckInput.safeParse({ text: "x", sendAt: "2024-05-06T09:30:00+08:00" }).success).toBe(true);
  });

  it.each(["", "   ", "\n\t\u3000"])("rejects empty or blank text %j in Chinese", (text) => {
    expect(issues({ text })).toEqual(["消息内容不能为空"]);
  });

  it("rejects text over 20,000 characters but accepts exactly 20,000 (surrounding blanks ignored)", () => {
    expect(ZCheckInput.safeParse({ text: `  ${"字".repeat(20_000)}\n` }).success).toBe(true);
    expect(ZCheckInput.safeParse({ text: "😀".repeat(20_000) }).success).toBe(true);
    expect(issues({ text: "字".repeat(20_001) })).toEqual(["消息内容不能超过20000字"]);
  });

  it("rejects bad send times, kinds and shapes with Chinese messages", () => {
    expect(issues({ text: "x", sendAt: "25:00" })[0]).toContain("发送时间格式");
    expect(issues({ text: "x", sendAt: "2023-02-29T10:00" })[0]).toContain("发送时间格式");
    expect(issues({ text: "x", kind: "memo" })[0]).toContain("消息类型");
    expect(issues({})).toEqual(["请输入要检查的消息内容"]);
    expect(issues({ text: 42 })).toEqual(["消息内容必须是文本"]);
    expect(issues(null)).toEqual(["检查请求的格式不正确"]);
  });
});

describe("robustness", () => {
  const wellFormed = (text: string, r: CheckResult) => {
    for (const f of r.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
    const starts = r.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.verdict).toBe(verdictOf(r.findings));
  };

  it.each([
    ["emoji", "👨‍👩‍👧‍👦🇨🇳😀 各位同事：明天开会🎉。\n办公室"],
    ["mixed scripts", "Dear all, 各位同事：明天 meeting at 9:00، مرحبا Привет。\n办公室 王芳"],
    ["control characters", "各位同事：\u0000\u0007明天\u001b开会\u200b。\r\n特此通知。\r\n办公室"],
    ["lone surrogates", "\uD800各位同事：\uDC00明天开会\uD83D。\n办公室\uDFFF"],
    ["only punctuation", "。。。！！？？"],
    ["only a signature", "办公室"],
  ])("handles %s", (_, text) => {
    const r = run(text, { sendAt: "09:00" });
    wellFormed(text, r);
  });

  it("returns pass for blank text when called without validation", () => {
    expect(run("   ")).toEqual({ verdict: "pass", findings: [] });
  });

  it("gives a sane result for 20,000 characters", () => {
    const text = `各位同事：\n${"请各科室认真落实安全生产责任制，听说下周检查。".repeat(800)}`.slice(0, 20_000);
    const r = run(text, { kind: "notice" });
    wellFormed(text, r);
    expect(r.findings.some((f) => f.code === "R3" && f.severity === "suggestion")).toBe(true);
  });

  it("never throws and keeps spans in bounds for arbitrary strings", () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("各位同事：", "在吗？", "红包", "投票", "机密", "13800001234", "\n", "。", "特此通知", "😀", "“", "听说", "办公室"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.constantFrom(undefined, "notice", "request", "report", "reply"), (parts, kind) => {
        const text = parts.join("");
        const r = checkMessage({ text, kind: kind as CheckInput["kind"], sendAt: "23:00" });
        wellFormed(text, r);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    for (const e of ALL_CORPUS) {
      const input = { text: e.text, sendAt: e.sendAt, kind: e.kind };
      expect(checkMessage(input)).toEqual(checkMessage(input));
    }
  });
});

describe("corpus", () => {
  const all = ALL_CORPUS;

  it("has at least 90 labelled drafts with unique ids, every kind and every group", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(90);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const kind of ["notice", "request", "report", "reply"]) {
      expect(all.some((e) => e.group === "good" && e.kind === kind)).toBe(true);
    }
    for (const e of all) for (const code of e.expect) expect(code in RULE_CATALOGUE).toBe(true);
  });

  it.each(all.filter((e) => e.expect.length === 0).map((e) => [e.id, e] as const))("clean message %s has no must or red-line findings", (_, e) => {
    const r = checkMessage({ text: e.text, sendAt: e.sendAt, kind: e.kind });
    expect(r.findings.filter((f) => f.severity !== "suggestion")).toEqual([]);
    expect(r.verdict).toBe("pass");
  });

  it("meets precision ≥ 0.9 and recall ≥ 0.85 overall", () => {
    const e = evaluate(all);
    console.log(formatTable(e));
    expect(e.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.overall.recall).toBeGreaterThanOrEqual(0.85);
  });

  // A regression guard only: both held-out rounds were used for fixes after their blind
  // measurement (README.md records the blind figures: 87.7%/89.3% and 73.0%/73.0%).
  it.each(CORPUS_SETS.map((set) => [set.name, set.entries] as const))("%s stays at precision ≥ 0.9 and recall ≥ 0.85", (_, entries) => {
    const o = evaluate(entries).overall;
    expect(o.precision).toBeGreaterThanOrEqual(0.9);
    expect(o.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe("regressions", () => {
  it("accepts an urgent notice that closes by asking to confirm receipt (尾语按需设置)", () => {
    const text =
      "各村党支部书记、村委会主任：\n明天起我镇将有强降雨，现就做好防汛检查工作紧急通知如下：\n1. 今天18:00前完成巡查；\n2. 即日起24小时在岗；\n3. 巡查情况于今晚20:00前报镇党政办。\n收到请回复，谢谢！\n青山镇党政办 李卫";
    expect(checkMessage({ text, kind: "notice" }).findings.filter((f) => f.code === "R4")).toEqual([]);
    // A notice with no closing at all is still flagged.
    const bare = text.replace("收到请回复，谢谢！\n", "");
    expect(checkMessage({ text: bare, kind: "notice" }).findings.some((f) => f.code === "R4")).toBe(true);
  });
});
