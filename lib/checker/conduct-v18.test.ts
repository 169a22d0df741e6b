/**
 * Checker v18 (decision 040): the causes found in the studied rounds 38–39, each with our own
 * messages (not fixture drafts). Red lines first — money taken and the payer's business put ahead
 * (又收到你…先给你办), an identity card the unit holds posted to the work group — each with its
 * innocent relatives clean; then the false alarms (an advance paid back, a fraud warning from the
 * anti-fraud centre, a secrecy self-check notice, 特此告知 and signatures with a role or a masked
 * phone, the model's claims on a progress report, a request for a needs plan); then other causes
 * (a chat 私底下发我的 screenshotted, a supplier pulled into the work group, a leader's hairstyle
 * mocked, 站位高 said of the group owner's speech, a couple said to be 闹离婚, a case told at a training).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, codes, redline } from "./test-helpers";
import { MODEL_CUES } from "./model-cues";

describe("red lines missed at v17, caught in v18", () => {
  it("money taken again and the payer's business put ahead (又收到你…先给你办) is TJ3", () => {
    expect(redline("王师傅，这周又收到你三个五百的，行，你那批货后天先给你办，质检那边我去说。", "TJ3", { kind: "reply", channel: "private" })).not.toEqual([]);
    // The money sent back and the business done in turn is clean.
    expect(byRule("王师傅，你转的五百我已经退回去了，货的事按顺序排，先给你办不了。", "TJ3", { kind: "reply", channel: "private" })).toEqual([]);
  });

  it("an identity card the unit holds, posted to the work group ([图片：身份证正反面]…发群里) is P5 (a suggestion since v36, decision 063)", () => {
    expect(byRule("谁手上有那个承包户的身份证照片？我发群里了大家对一下地址[图片：身份证正反面]", "P5", { channel: "workgroup" })).not.toEqual([]);
    // A reminder not to post such photos is clean (no P5, and no P4 either).
    const ban = "提醒一下，承包户的身份证照片不要发在群里，有需要私下找我核对。";
    expect(byRule(ban, "P5", { channel: "workgroup" })).toEqual([]);
    expect(byRule(ban, "P4", { channel: "workgroup" })).toEqual([]);
    // Outside a work group, earlier writers call a citizen's card posted to a group P4, not P5.
    expect(byRule("我把今天来办事那位大爷的身份证照片发群里了，看看谁认识。", "P5", { channel: "group" })).toEqual([]);
  });
});

describe("false alarms at v17, clean in v18", () => {
  it("money that pays back an advance (帮你垫付的…两清) is no TJ3", () => {
    const text = "张哥：你微信转的300我收到了，不是啥红包，是上回帮你垫付的资料费，两清。";
    expect(claimed(text, "TJ3", { kind: "reply", channel: "private" })).toEqual([]);
    expect(byRule("小周：你转的150块我收了，不是红包哈，就是前天你让我帮忙垫的书费，两清了", "TJ3", { kind: "reply", channel: "private" })).toEqual([]);
  });

  it("a fraud warning signed by the anti-fraud centre (都是骗子——来自反诈中心) is no V2", () => {
    expect(byRule("转发提醒：最近有人冒充社保局打电话说社保卡被冻结，要转账的都是骗子！——来自市公安局反诈中心", "V2", { channel: "group" })).toEqual([]);
    // A scare passed on with hearsay stays V2.
    expect(redline("转发：听说社保卡要被冻结了，赶紧转给家人！", "V2", { channel: "group" })).not.toEqual([]);
  });

  it("a secrecy self-check notice (检查是否存在…传送涉密文件；自查报告纸质报送，不要在群里发) is no P5", () => {
    const text =
      "各科室：\n关于开展保密自查的通知。\n1. 检查是否存在用QQ传送涉密文件的情况；\n2. 自查报告纸质报送，不要在群里发。\n特此通知。\n县档案局办公室\n";
    expect(byRule(text, "P5", { kind: "notice", channel: "workgroup" })).toEqual([]);
    // A marked paper photographed into the group stays P5.
    expect(redline("我把涉密文件拍了发群里，大家看看。", "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("特此告知 closes a notice; a role (民警, 护士, （群主）) or a masked phone beside the name is a signature", () => {
    const notice = "各位村民：网传“村里要征地”的消息系谣言，请勿转发。\n特此告知。\n城关镇派出所 民警 李强 138xxxx1234\n";
    expect(codes(notice, { kind: "notice", channel: "group", sendAt: "10:00" }).filter((c) => c === "R4" || c === "R5")).toEqual([]);
    const owner = "各位同志：本群只发工作信息，请勿闲聊。\n特此通知。\n县统计局办公室（群主）刘静\n";
    expect(codes(owner, { kind: "notice", channel: "workgroup", sendAt: "10:00" })).not.toContain("R5");
    const nurse = "护理部：今天病人家属塞的两百元购物卡已交护理部登记。特此报告。\n——内科一病区 护士 张丽\n";
    expect(codes(nurse, { kind: "report", channel: "workgroup", sendAt: "10:00" })).not.toContain("R5");
  });

  it("a progress report (汇报如下…存在问题) and a needs plan with its template (表格模板…需求计划) are clean contexts for the model", () => {
    expect(MODEL_CUES.WH1!.clean!.test("李书记：本周招商引资进展汇报如下。")).toBe(true);
    expect(MODEL_CUES.V1!.clean!.test("表格模板已发群文件，按实际用量测算。")).toBe(true);
    // 放群文件 alone (a study note mocked) is no clean context for V1.
    expect(MODEL_CUES.V1!.clean!.test("学习笔记放群文件了，翻来覆去就那几句。")).toBe(false);
  });
});

describe("other causes found in rounds 38–39", () => {
  it("a colleague's private words screenshotted to the group (私底下发我的) is G1", () => {
    expect(byRule("[截图] 大家看看老王私底下发我的，说他也想评先进😂", "G1", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a supplier pulled into the work group (供货商…拉进群) is G2; a new colleague is not", () => {
    expect(byRule("我把我们的供货商小李拉进群了，方便他看咱们的讨论。", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("我把新来的同事小李拉进群了，大家欢迎。", "G2", { channel: "workgroup" })).toEqual([]);
  });

  it("a leader's hairstyle mocked (局长那个新发型) is TJ2", () => {
    expect(byRule("今天局长那个新发型笑死我了，像个鸡窝😂", "TJ2", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a couple said to be 闹离婚 is gossip (P6); a couple said to get on well is not", () => {
    expect(byRule("跟你们说，隔壁超市的老板娘最近在咱们这儿贷了款，她跟她老公正闹离婚呢。", "P6", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("小李结婚十年了，两口子感情一直很好。", "P6", { channel: "workgroup" })).toEqual([]);
  });

  it("a case told at a training or a warning (案例…一律不转) is a clean context for the model's V2", () => {
    expect(MODEL_CUES.V2!.clean!.test("培训课上讲了个案例：有人听说抢小孩就发了群。")).toBe(true);
    expect(MODEL_CUES.V2!.clean!.test("听说明天要封路，赶紧转给家里人。")).toBe(false);
  });

  it("the group owner's speech praised as 站位高 is WH1 by rule", () => {
    expect(byRule("群主王局今天的讲话站位高，咱们都得好好学。", "WH1", { channel: "workgroup" })).not.toEqual([]);
  });
});
