/**
 * Checker v12 (decision 033, issue 18): the causes found in the studied rounds 22–23, each with our
 * own messages (not fixture drafts). False alarms on clean drafts first — a 通报 closed with 特此通报,
 * an urgent notice closed with 收到请立即回复, a class teacher's role glued to the class, a sender who
 * introduced himself at an archive (…馆的), a group rule that secret material 一律不上群, a refusal
 * to tell (真不能说), a routine 报送 with an attachment template, a blurred photo of a notice — then
 * the extra codes (那票货 is a consignment, 多支持 no vote), and the red lines missed (a 拦标价
 * confided to one bidder, a shopping card kept by someone addressed as 王姐).
 */
import { describe, expect, it } from "vitest";
import { byRule, check, mustOrWorse } from "./test-helpers";

describe("false alarms on clean drafts fixed in v12", () => {
  it("accepts 特此通报 as a notice's closing", () => {
    const text = "各科室：\n现将上月办公用房检查发现的三个问题通报如下：一是空调未关，二是门窗未锁，三是文件堆放。请各科室对照整改。\n特此通报。\n局办公室";
    expect(mustOrWorse(text, { kind: "notice", channel: "workgroup", sendAt: "10:00" }).filter((f) => f.code === "R4")).toEqual([]);
  });

  it("accepts 收到请立即回复 (and 尽快) as an urgent notice's closing", () => {
    for (const closing of ["收到请立即回复！", "收到请尽快回复。"]) {
      const text = `各小区物业：\n今晚有寒潮，请立即检查水管防冻，值班人员在岗。\n${closing}\n街道城管办`;
      expect(
        mustOrWorse(text, { kind: "notice", channel: "workgroup", sendAt: "20:30" }).filter((f) => f.code === "R4"),
        closing,
      ).toEqual([]);
    }
  });

  it("reads a unit with the sender's role glued to it (三（2）班班主任) as a signature", () => {
    const text = "各位家长：\n下周一起学生到校时间调整为7:50，请按时送孩子。\n收到请回复，谢谢！\n实验小学 三（2）班班主任 李芳";
    expect(check(text, { kind: "notice", channel: "group", sendAt: "12:00" }).findings.filter((f) => f.code === "R5")).toEqual([]);
  });

  it("takes 我是县图书馆的某某 as an introduction: a missing signature is then only a suggestion", () => {
    const text = "陈老师您好：\n我是县图书馆的郑明。您预约的地方志已到馆，请本周内带借书证来二楼取。\n如不方便请回复，谢谢！";
    expect(mustOrWorse(text, { kind: "request", channel: "private", sendAt: "09:30" }).filter((f) => f.code === "R5")).toEqual([]);
  });

  it("reads 涉密材料一律不上群 as a group rule, not a leak", () => {
    const text = "各位：本群只用于工作联络，涉密材料一律不上群，请大家自觉遵守。";
    expect(mustOrWorse(text, { kind: "notice", channel: "workgroup" }).filter((f) => f.code === "P5")).toEqual([]);
  });

  it("keeps the model's P5 a suggestion on a refusal to tell, a routine 报送 and a blurred photo of a notice", () => {
    for (const [text, extra] of [
      ["那个课题是涉密的，我真不能说，你别为难我了，下次喝茶。", { kind: "reply", channel: "private" }],
      ["各社区：请于周五前报送本社区独居老人名单，按附件模板填写后发到邮箱，逾期系统不再受理。\n街道民政科", { kind: "request", channel: "workgroup" }],
      ["镇里的文件我用手机拍了一下，灯太暗有点糊，大家凑合看[图片]", { channel: "workgroup" }],
    ] as const)
      expect(
        mustOrWorse(text, extra).filter((f) => f.code === "P5"),
        text,
      ).toEqual([]);
  });
});

describe("extra codes fixed in v12", () => {
  it("does not read 那票货 (a consignment) or 多支持 (support for a project) as a vote", () => {
    expect(byRule("那票货明天到港，报关单你先准备好。", "V3")).toEqual([]);
    expect(byRule("新项目的审批还请各位领导多支持，材料下午送到。", "V3")).toEqual([]);
  });

  it("still reads 你那票 and 多多支持我 with a packet as a vote bought", () => {
    expect(byRule("明天选村委，你那票记得投我，红包已经发你了。", "V3").length).toBeGreaterThanOrEqual(1);
  });
});

describe("red lines missed before v12", () => {
  it.each([
    ["P5", "老周，这次道路工程的拦标价是520万，就跟你一个人说了，你们报低一点。", "拦标价"],
    ["TJ3", "谢了李哥，购物卡我先存着，你店门口那堆货这周我们不去查。", "我先存着"],
    ["TJ3", "收到啦王姐，加油卡我先收着，你那边的检查我打个招呼。", "加油卡"],
  ])("%s: %s", (code, text, word) => {
    const found = byRule(text, code, { kind: "reply", channel: "private" });
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.severity).toBe("redline");
    expect(found[0]!.triggers.join("|")).toContain(word);
  });

  it("keeps relatives, refusals and declined gifts clean", () => {
    for (const text of [
      "姐，过年给你转了个红包，给孩子买点东西。",
      "孙姐，孩子升学宴我们不办了，您也别随礼，心意领了。",
      "李哥，购物卡我不能收，已经原路退回了，你的事按程序办。",
      "招标公告已在县公共资源交易网挂网，拦标价以公告为准。",
    ])
      expect(
        mustOrWorse(text, { kind: "reply", channel: "private" }).filter((f) => ["TJ3", "P5"].includes(f.code)),
        text,
      ).toEqual([]);
  });
});

describe("general misses fixed in v12", () => {
  it("reads 看到请回复，有个事想请示您 / 有点事找您 as a first sentence without its matter (R2)", () => {
    for (const text of ["孙处，看到请回复，有件事想汇报您。", "周科长，看到请回复一下，有点事找你。"])
      expect(
        check(text, { kind: "request", channel: "private" }).findings.filter((f) => f.code === "R2"),
        text,
      ).toHaveLength(1);
  });

  it("asks for a confirmation where silence is taken as receipt (U2, through R4)", () => {
    for (const text of [
      "报表模板昨天发群里了，没回的我就默认你们都收到了。",
      "方案发你邮箱了，你没回我就当你收到了。",
      "请各村于周五前报送，未回复的视为已知悉。",
    ])
      expect(byRule(text, "R4", { channel: "workgroup" }).length, text).toBeGreaterThanOrEqual(1);
    expect(byRule("方案发你邮箱了，收到请回复，没收到我再发一遍。", "R4", { channel: "private" })).toEqual([]);
  });

  it("reads scrolling Moments in a meeting and a demand to keep the phone in hand as P10", () => {
    expect(byRule("开会的时候刷了一上午朋友圈，领导讲啥都没听。", "P10").length).toBeGreaterThanOrEqual(1);
    expect(byRule("周末手机必须随时在手，每小时在群里发一次定位。", "P10", { channel: "workgroup" }).length).toBeGreaterThanOrEqual(1);
  });

  it("reads a kept nickname (微信名就不改了, 备注不给他改) and members kept after a transfer as XY1", () => {
    expect(byRule("我是新来的，微信名就不改了，大家叫我大海就行。", "XY1", { channel: "workgroup" }).length).toBeGreaterThanOrEqual(1);
    expect(byRule("退休和调走的同事也不许退群，过节还要一起热闹。", "XY1", { channel: "workgroup" }).length).toBeGreaterThanOrEqual(1);
    expect(byRule("请新进群的同志把群备注改为单位加姓名，谢谢。", "XY1", { channel: "workgroup" })).toEqual([]);
  });
});
