/**
 * Checker v26 (decision 048): the causes found in the studied rounds 54–55, each with our own
 * messages (not fixture drafts). Red lines first — a drug or supply firm's packets to staff, money
 * moved in small transfers under a false note — then the wrong claims (别外传 beside gossip about two
 * persons who are 走得挺近, a request to post a screenshot with names and ID numbers masked).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed or suggested at v25, claimed in v26", () => {
  it("a reserve price told before the tender is posted (下周挂网) is P5", () => {
    const text = "控制价定在260万，下周三才挂网，你们提前把投标文件做好。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a drug firm's packets handed round the department are TJ3", () => {
    const text = "今天瑞丰医药公司的人给咱们病区每人发了个50的红包，大家抢一下，别辜负人家。";
    expect(redline(text, "TJ3", { channel: "workgroup" })).not.toEqual([]);
  });

  it("money split into small transfers under a false note is TJ3", () => {
    const text = "那笔辛苦钱你分几次转我吧，每次别超过三千，备注就写饭钱。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });
});

describe("wrong claims of v25, gone in v26", () => {
  it("a report signed with a unit, 值班医生 and a name is signed (no R5)", () => {
    const text =
      "钱科长：\n城东社区卫生服务中心发热门诊今日运行情况报告如下：\n1. 接诊412人次，较昨日减少6%；\n2. 留观3人，无重症。\n城东社区卫生服务中心发热门诊 值班医生 何静";
    expect(claimed(text, "R5", { kind: "report", channel: "workgroup" })).toEqual([]);
  });

  it("别外传 beside gossip that two persons are 走得挺近 is no P5", () => {
    const text = "跟你讲个事，别外传：财务室那个小周跟隔壁科的副主任走得挺近，下班老一起走。";
    expect(redline(text, "P5", { channel: "private" })).toEqual([]);
  });

  it("a request to post a screenshot with names and ID numbers masked is no P4", () => {
    const text =
      "各乡镇卫生院：\n请于12月12日17:00前将慢病随访系统的完成情况截图发至本群，截图前请遮挡患者姓名、身份证号。\n收到请回复，谢谢！\n区卫健委疾控科 李敏";
    expect(claimed(text, "P4", { kind: "request", channel: "workgroup" })).toEqual([]);
    expect(byRule(text, "P4", { kind: "request", channel: "workgroup" })).toEqual([]);
  });
});
