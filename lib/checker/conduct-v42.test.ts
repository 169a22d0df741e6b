/**
 * Checker v42 (decision 075): the causes found in the studied rounds 86–87, each with our own
 * messages (not fixture drafts). Red lines missed or only suggested at v41: a system's account and
 * password posted (账号…密码, P5), a vote bloc asked for (都投, V3), a personnel move of the reader's
 * people confided (私下跟我说的…要把你们…调走, P5). Red-line wrong claims and false alarms at v41: a
 * report of gift cards handed in to the discipline office (上交纪委) claimed as TJ3, a notice of the
 * unit's own inspection (关于…检查的通知…重点查) as P5, a child's contest (我儿子参加…评选…红包) as V3, a
 * hand up (拉兄弟一把) as RP2, 小气候站 as someone called 小气 (TJ2), a unit's outreach post on Moments
 * (【防汛小知识】) without an address as R1, a 公示 closing with 特此公示 as R4.
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("red lines missed or only suggested at v41, claimed in v42", () => {
  it("a system's account and password posted to the work group is P5", () => {
    const text = "财务系统后台账号 admin 密码 Cw@2027，我明天出差，报销的自己登一下";
    expect(redline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a notice forbidding it is not", () => {
    const text = "各位同事：\n重申一下，业务系统账号密码一律不得通过微信传递，也不要发到群里。\n信息中心";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a vote bloc asked for, no money said, is V3", () => {
    expect(redline("这次评优，咱们几个科长统一一下口径，都投老李，明年再轮", "V3", { channel: "group" })).not.toEqual([]);
  });

  it("a move of the reader's people confided is P5", () => {
    const text = "[图片] 你看，这是主任私下跟我说的，说要把你们科室的人调走几个，别说是我讲的";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });
});

describe("red-line wrong claims and false alarms at v41, gone in v42", () => {
  it("a report of gift cards handed in to the discipline office is no TJ3", () => {
    const text =
      "周书记：关于供应商赠送电子购物卡一事的核查情况如下：\n1.两家供应商共赠送购物卡3张，面值合计1500元；\n2.收卡的职工已全部主动上交纪委登记；\n3.已对供应商进行提醒谈话。\n后勤科 王磊";
    expect(claimed(text, "TJ3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a notice of the unit's own inspection is no P5", () => {
    const text =
      "各科室：\n关于下周开展消防安全检查的通知\n12月14日起，办公室对各科室开展消防安全检查，重点查灭火器、疏散通道。请各科室提前做好准备。\n特此通知。\n办公室";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a child's contest with a packet for votes is no V3 and no TJ3", () => {
    const text = "各位帮个忙！我女儿参加“环保小达人”评选，进链接投一票，投完截图发我，我给大家发红包感谢🙏[链接]";
    expect(claimed(text, "V3", { channel: "group" })).toEqual([]);
    expect(claimed(text, "TJ3", { channel: "group" })).toEqual([]);
  });

  it("a hand up beside a packet is no RP2", () => {
    const text = "咱们几个老同学，以后谁上去了都拉兄弟一把。今天我先发个红包[红包]";
    expect(claimed(text, "RP2", { channel: "group" })).toEqual([]);
  });

  it("a microclimate station is nobody called stingy", () => {
    const text = "王站长：今日工作汇报：1.完成林溪镇2个大棚小气候站巡检；2.发布霜冻预警1期。业务股 张明";
    expect(claimed(text, "TJ2", { channel: "workgroup", kind: "report" })).toEqual([]);
    expect(claimed(text, "G2", { channel: "workgroup", kind: "report" })).toEqual([]);
  });

  it("a unit's outreach post on Moments needs no address", () => {
    const text = "【防汛小知识】暴雨天不要在地下通道、桥洞下避雨；积水较深时切勿涉水行车。——青山县应急管理局";
    expect(claimed(text, "R1", { channel: "moments", kind: "notice" })).toEqual([]);
  });

  it("a 公示 closing with 特此公示 has its closing", () => {
    const text =
      "各位会员：关于局工会委员会换届选举结果的公示。\n经会员大会选举，李红、赵军、孙丽当选新一届工会委员。公示期5天，如有异议请向局纪检员反映。\n特此公示。\n局工会";
    expect(claimed(text, "R4", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

// Found by the lead reading v42 (the corpus had no such draft): everyday messages that name an account's password
// or ask whether everyone has voted are no red lines. The first three were P5 red lines and the fourth V3 (the
// vote-bloc rule) at v42 as first merged; the fourth was a V3 red line of the model already at v41.
describe("everyday messages about passwords and votes are no red lines", () => {
  it.each([
    ["忘记账号密码的，可以到一楼服务窗口凭身份证重置。", "group"],
    ["各位同事：请大家定期修改业务系统账号密码，密码不少于8位。特此通知。信息中心", "workgroup"],
    ["张科，新系统的账号密码我明天当面交给你，别在微信里发。", "private"],
  ] as const)("%j is no P5", (text, channel) => {
    expect(claimed(text, "P5", { channel })).toEqual([]);
  });

  it.each(["这次民主测评大家都投了吗？今天下午五点截止。", "各位同事：年度民主测评请于周五前完成网上投票。办公室 周敏"])("%j is no V3", (text) => {
    expect(claimed(text, "V3", { channel: "workgroup" })).toEqual([]);
  });

  it("a password put in the group for anyone to use still is P5", () => {
    expect(redline("我把预警系统的账号密码发群里了，大家直接用", "P5", { channel: "workgroup" })).not.toEqual([]);
  });
});
