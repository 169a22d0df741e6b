/**
 * Checker v21 (decision 043): the causes found in the studied rounds 44–45, each with our own
 * messages (not fixture drafts). Red lines first — a casualty count passed on as hearsay, a
 * discipline check tipped off (别跟任何人说), money short said beside the addressee's licence, a post
 * said to be 基本定了 and confided — each with its innocent relatives clean; then the false alarms and
 * wrong claims (R1 on a report to the work group and on an @mention, U1 on a late reply in a social
 * group, a favour refused, a screenshot taken back, a regulation quoted for study, a thank-you packet
 * whose luckiest taker buys 奶茶, gossip beside a case told from inside); then other causes (gossip
 * about someone's marriage, the day's 日报 skipped, a partner's boss pulled in, a screenshot from
 * another group).
 */
import { describe, expect, it } from "vitest";
import { byRule, check, claimed, redline } from "./test-helpers";

describe("red lines missed at v20, caught in v21", () => {
  it("a casualty count passed on as hearsay is V2", () => {
    expect(redline("刚听说国道上两辆大巴撞了，死了七个人，大家出门小心！", "V2", { channel: "moments" })).not.toEqual([]);
    // The same news without hearsay, or a death that is no one's casualty count, is no rumour.
    expect(byRule("交警通报：国道上两车相撞，无人员伤亡，请绕行。", "V2", { channel: "group" })).toEqual([]);
    expect(byRule("听说那部剧的男主角最后死了，好几个人都看哭了", "V2", { channel: "group" })).toEqual([]);
  });

  it("a discipline check tipped off with 别跟任何人说 is P5", () => {
    expect(redline("明天纪委要去水务局查账，名单上有老刘，你先别跟任何人说。", "P5", { channel: "private" })).not.toEqual([]);
    // The same body named in a meeting notice, with nothing confided, is no leak.
    expect(byRule("明天纪委要来我们局开警示教育大会，请大家准时参加。", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("money short said beside the addressee's licence asks for a bribe (TJ3)", () => {
    expect(redline("王老板，你们饭店的卫生许可证快到期了吧？我最近手头有点紧，你懂的", "TJ3", { channel: "private" })).not.toEqual([]);
    // A loan asked of a friend, or money short told as one's own news, sells nothing.
    expect(byRule("老张，最近手头有点紧，能不能先借我两千，帮个忙，发工资还你", "TJ3", { channel: "private" })).toEqual([]);
    expect(byRule("最近手头有点紧，这个月的聚餐我就不去了", "TJ3", { channel: "group" })).toEqual([]);
  });

  it("a post said to be 基本定了, confided, is a red line even beside 私下跟我说的", () => {
    expect(redline("局长私下跟我说的，办公室主任基本定了是小李，你知道就行别外传。", "P5", { channel: "private" })).not.toEqual([]);
    expect(byRule("年会的节目基本定了，明天发到群里大家看看。", "P5", { channel: "workgroup" })).toEqual([]);
  });
});

describe("false alarms and wrong claims at v20, gone in v21", () => {
  const report = "【12月6日防汛工作日报】\n1.巡查河道3条，未发现险情；\n2.明日继续巡查低洼地段。\n镇水利站 张明";

  it("a report posted to the work group without an address is no must-fix R1", () => {
    expect(claimed(report, "R1", { kind: "report", channel: "workgroup" })).toEqual([]);
    expect(check(report, { kind: "report", channel: "workgroup" }).findings.some((f) => f.code === "R1")).toBe(true);
    // A notice to the same group still needs its address.
    expect(claimed("明天上午九点在三楼开会，请准时参加。\n办公室 李红", "R1", { kind: "notice", channel: "workgroup" })).not.toEqual([]);
  });

  it("an @mention of one named person is the address; @所有人 is not", () => {
    expect(claimed("@小王 明天上午的会议材料请打印二十份，谢谢。\n办公室 李红", "R1", { kind: "request", channel: "workgroup" })).toEqual([]);
    expect(claimed("@所有人 明天上午的会议材料请各自打印。\n办公室 李红", "R1", { kind: "request", channel: "workgroup" })).not.toEqual([]);
  });

  it("a reply in a social group after 22:00 is no must-fix U1; a notice sent then is", () => {
    expect(claimed("大哥，这种来路不明的消息就别往群里发了，大家都注意点。", "U1", { kind: "reply", channel: "group", sendAt: "22:15" })).toEqual([]);
    expect(claimed("各位村民：明早八点村委会门口发放取暖补贴，请带身份证。\n村委会", "U1", { kind: "notice", channel: "group", sendAt: "22:15" })).not.toEqual(
      [],
    );
  });

  it("a favour refused is no network (TJ1)", () => {
    expect(claimed("老同学，你说的那事我真帮不了，打招呼也不合规矩，咱们还是按程序走。", "TJ1", { channel: "private" })).toEqual([]);
    expect(byRule("老同学，以后有事打个招呼，咱们互相照应。", "TJ1", { channel: "group" })).not.toEqual([]);
  });

  it("a screenshot taken back with an apology is no G1", () => {
    expect(claimed("刚才那张截图是人家私聊发给我的，我不该转，已经撤回了，跟大家说声抱歉。", "G1", { channel: "group" })).toEqual([]);
    expect(byRule("这是老刘昨晚私聊我的截图，大家看看他怎么说的[图片]", "G1", { channel: "group" })).not.toEqual([]);
  });

  it("a disciplinary regulation quoted for study is no V1 claim", () => {
    const text = "各位同事：请学习《纪律处分条例》相关条款：公开发表妄议党中央大政方针言论的，依规处分。请大家对照学习。";
    expect(claimed(text, "V1", { channel: "workgroup" })).toEqual([]);
  });

  it("a thank-you packet whose luckiest taker buys 奶茶 is no gamble (RP2)", () => {
    expect(claimed("大家今天辛苦了！[红包]手气最佳的明天请大家喝奶茶～", "RP2", { channel: "workgroup" })).toEqual([]);
    expect(byRule("[红包]接龙开始，手气最佳的接着发，每包五十，输了别赖账", "RP2", { channel: "group" })).not.toEqual([]);
  });

  it("a case told from inside is P5, not also gossip (P6)", () => {
    const text = "跟你说个事你别外传，我们纪委正在查城建局的老王，下周可能就留置了，你离他远点。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
    expect(claimed(text, "P6", { channel: "private" })).toEqual([]);
  });
});

describe("other causes, for recall", () => {
  it("gossip about someone's marriage hints P4 beside the P6", () => {
    const text = "听说档案室小刘要离婚了，她老公在外面有人，怪不得最近老请假";
    expect(byRule(text, "P4", { channel: "group" })).not.toEqual([]);
    expect(byRule(text, "P6", { channel: "group" })).not.toEqual([]);
    // Said to the person himself, it is concern, not gossip.
    expect(byRule("听说你要离婚了？有什么需要帮忙的跟我说", "P4", { channel: "private" })).toEqual([]);
  });

  it("the day's 日报 skipped in a work group is G2 (GR1)", () => {
    expect(byRule("@全体成员 今天的日报就不交了，领导出差了，大家歇一天。", "G2", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a partner's boss pulled into the work group is G2", () => {
    expect(byRule("我把施工方的王经理拉进来了，方便他直接看咱们的进度安排。", "G2", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a screenshot of what a colleague said in another group is G1", () => {
    expect(byRule("[截图][截图]大家看看老周在家长群里是怎么跟人说话的，笑死了", "G1", { channel: "group" })).not.toEqual([]);
    // A notice from that group passed on is no one's talk exposed.
    expect(byRule("业主群里发的停水通知截图[截图]，大家明天记得储水。", "G1", { channel: "group" })).toEqual([]);
  });
});
