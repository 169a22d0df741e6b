/**
 * Checker v30 (decision 052): the causes found in the studied rounds 62–63, each with our own
 * messages (not fixture drafts). Red lines missed or only suggested — a packet game where whoever
 * grabs least (抢得最少) pays the next round, a 保密室 paper photographed into the group, an article
 * saying a basic policy should end (早该结束, 名存实亡) — then the wrong claims: a 楼盘 opening
 * (开盘) read as gambling, a notice that salary slips are no longer posted in the group, a work
 * report (情况汇报) read by the model as a leak, 别外传 beside gossip about two persons (关系不一般) read
 * as a leak, and an address followed by a time-of-day greeting (各位同事早上好) read as no address;
 * last the recall causes: a tangled matter laid out point by point in a chat (我理一下：…, 一条一条), G7,
 * and a developer's boss (置业的某总) pulled into a work group, G2.
 */
import { describe, expect, it } from "vitest";
import { MODEL_CUES } from "./model-cues";
import { byRule, check, claimed, redline } from "./test-helpers";

describe("red lines missed or only suggested at v29, claimed in v30", () => {
  it("a packet game where whoever grabs least sends the next one (抢得最少) is RP2", () => {
    const text = "今晚八点开始，每包二十，谁抢得最少谁接着发，中途不许退[红包]";
    expect(redline(text, "RP2", { channel: "group" })).not.toEqual([]);
  });

  it("a paper from the 保密室 photographed into the group is P5", () => {
    const text = "保密室那份关于人事调整的材料我拍下来发群里了，大家手机上看就行[图片]";
    expect(redline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("saying 一国两制 should end (早该结束) is V1", () => {
    const text = "看了篇文章，讲一国两制早该结束了，我挺认同的。";
    expect(redline(text, "V1", { channel: "group" })).not.toEqual([]);
  });

  it("calling 一国两制 名存实亡 is V1", () => {
    const text = "说实话，一国两制在我看来已经名存实亡了。";
    expect(redline(text, "V1", { channel: "moments" })).not.toEqual([]);
  });
});

describe("wrong claims at v29, gone in v30", () => {
  it("a flat sale opening (楼盘…开盘) is no red-packet gambling", () => {
    const text = "我们小区旁边的新楼盘月底开盘，听说首付两成，有想买房的可以去看看。";
    expect(claimed(text, "RP2", { channel: "moments" })).toEqual([]);
  });

  it("a notice that salary slips are no longer posted in the group (不再在群内) is no privacy leak", () => {
    const text = "各位同事：\n关于工资条改由财务系统查询的通知。\n1. 自下月起不再在群内发放工资条；\n2. 请登录财务系统查询本人工资明细。\n特此通知。\n局财务科";
    expect(claimed(text, "P4", { channel: "workgroup" })).toEqual([]);
  });

  it("a weekly inspection report to one's superior (情况汇报) is a clean context for the model's P5", () => {
    expect(MODEL_CUES.P5!.clean!.test("陈局：本周工地安全检查情况汇报：下周重点检查脚手架。")).toBe(true);
    // A paper confided is still no clean context.
    expect(MODEL_CUES.P5!.clean!.test("整改方案还没印发，我先发你看看，别外传。")).toBe(false);
  });

  it("gossip about two persons (关系不一般) told with 别外传 is no leak", () => {
    const text = "跟你讲个事，别外传：办公室小李和审批科刘科关系不一般，常看到他俩一起下班。";
    expect(claimed(text, "P5", { channel: "private" })).toEqual([]);
  });

  it("an address followed by a time-of-day greeting (各位同事下午好) is an address", () => {
    const text = "各位同事下午好！\n周四上午九点在二楼会议室开安全例会，请准时参加。\n特此通知。\n办公室";
    expect(byRule(text, "R1", { channel: "workgroup", kind: "notice" }).filter((f) => f.severity !== "suggestion")).toEqual([]);
    expect(check(text, { channel: "workgroup", kind: "notice" }).findings.map((f) => f.code)).not.toContain("R1");
  });
});

describe("recall causes found in rounds 62–63", () => {
  it("a tangled dispute laid out point by point in a chat (我理一下：) is G7", () => {
    const text = "张科，拆迁那几户的事我理一下：一户要房，一户要钱，还有一户兄弟俩没分家，评估公司又说要重评……您看怎么定。";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });

  it("a matter promised point by point in messages (一条一条跟您说) is G7", () => {
    const text = "刘主任，补偿标准的分歧我一条一条跟您说，先说青苗费，村民觉得偏低。";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });

  it("a developer's boss (置业…的某总) pulled into the work group is G2", () => {
    const text = "我把华城置业的李总拉进群了，他们小区验收的事以后就在群里沟通。";
    expect(byRule(text, "G2", { channel: "workgroup" })).not.toEqual([]);
  });
});
