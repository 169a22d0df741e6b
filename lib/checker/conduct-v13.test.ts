/**
 * Checker v13 (decision 034, issue 18): the causes found in the studied rounds 24–27, each with our
 * own messages (not fixture drafts). Red lines first — a New Year packet to an official, a game
 * "lost" to an official with his favour beside it, gift goods before an inspection, a gift kept
 * (心意…就不退了), office funds paid out as packets, internal papers caught in a photo, a tip before
 * an inspection, a review panel's list passed on, hearsay of unknown source or set against the
 * official figures, a hoax chain, veiled scorn, a dinner for voters — then the form reading
 * (attachment lines, a missing address on a draft that must not be sent at all) and the false alarms.
 */
import { describe, expect, it } from "vitest";
import { byRule, check, mustOrWorse, redline } from "./test-helpers";

describe("red lines missed at v12, caught in v13", () => {
  it("a packet sent to an official at New Year (过年了…拼手气红包)", () => {
    expect(redline("李所，过年了，我们几家商户凑了点，一人给您发一个拼手气红包，图个吉利[红包]", "TJ3")).not.toEqual([]);
    expect(redline("王站长，春节快乐！小小心意，发个红包给您拜年[红包]", "TJ3")).not.toEqual([]);
  });

  it("a game 'lost' to an official, with the favour beside it, is a bribe (TJ3), not a bet", () => {
    expect(redline("老孙昨晚牌桌上又输我两千，钱刚微信转过来了。他那个证的事下周一给他办了", "TJ3")).not.toEqual([]);
    expect(redline("店老板说上次打牌欠我一千五，刚微信转我了，其实哪打过牌，他家那个店检查我就不去了", "TJ3")).not.toEqual([]);
  });

  it("gift goods sent to the office before an inspection", () => {
    expect(redline("两箱酒就放门卫室，留我名字就行。下周检查的事我知道了，你们把记录补齐", "TJ3")).not.toEqual([]);
  });

  it("a gift kept with 就不退了, and an inspection promised to be a formality", () => {
    expect(redline("赵总客气了，就几十块，心意我就收下了，不退了哈。你们那个消防验收，下周我们去走个过场。", "TJ3")).not.toEqual([]);
  });

  it("office funds paid out as red packets to business owners", () => {
    expect(redline("中秋给辖区几家重点企业的老总每人发个红包，从办公室经费里出，维护一下关系。", "TJ3")).not.toEqual([]);
  });

  it("internal papers caught in a photo and posted", () => {
    expect(redline("忙到半夜总算弄完了[照片：桌上摊着拟调整干部名单]", "P5", { channel: "moments" })).not.toEqual([]);
    expect(redline("今天局里开会研究了几件事，大家感受一下[图片：会议议题单]", "P5", { channel: "moments" })).not.toEqual([]);
  });

  it("a tip before an inspection, and a review panel's list passed on to bidders", () => {
    expect(redline("接到上面电话，巡视组要来我们区，重点查工程款，你们赶紧把账理一理", "P5")).not.toEqual([]);
    expect(redline("各位老总，这次评审组的名单我等会儿截给你们，你们自己去走动走动", "P5")).not.toEqual([]);
  });

  it("hearsay of a source the sender does not know, or set against the official figures", () => {
    expect(redline("听说下周全区要停电三天，具体哪里发的不清楚，大家先备好蜡烛！", "V2")).not.toEqual([]);
    expect(redline("听人说那场火灾伤了几十个，官方肯定瞒了，大家心里有数。", "V2")).not.toEqual([]);
  });

  it("a hoax chain with a threat to those who do not forward it", () => {
    expect(redline("通知：下个月起微信要收费了！把这条转给二十个好友就能免费，不转的号会被封。", "V2")).not.toEqual([]);
  });

  it("veiled scorn of the system (外国的月亮, 说了要被请喝茶)", () => {
    expect(redline("外国的月亮就是圆啊，咱这儿嘛就算了，多说两句要被请喝茶的", "V1")).not.toEqual([]);
  });

  it("a dinner offered to those who vote in a 推选", () => {
    expect(redline("明天参加代表推选的几位，会后一起吃个便饭，我请，大家交流一下", "V3")).not.toEqual([]);
  });

  it("leaves their innocent relatives alone", () => {
    // A family's New Year packets, a game with no favour, a union's allowance, a photo of a plain list.
    expect(mustOrWorse("过年了，给爸妈和弟弟各发了个红包，祝全家新年快乐[红包]", { channel: "private" })).toEqual([]);
    expect(redline("附近饭店检查那事我知道了，下周按计划去。", "TJ3", { channel: "private" })).toEqual([]);
    expect(redline("今天的签到表拍一下发群里[图片]", "P5", { channel: "workgroup" })).toEqual([]);
    expect(redline("听说那个事故伤了几个人，以官方通报为准，大家别乱传。", "V2")).toEqual([]);
    // 被请去喝茶 of an official is news of a case (V2 by other rules), not scorn of the system.
    expect(byRule("听说那位副县长被请去喝茶了，好几天没露面", "V1")).toEqual([]);
  });
});

describe("form reading fixed in v13", () => {
  it("reads the address after a leading voice line", () => {
    const text = "[语音 55″][语音 40″]\n刘科长，您听一下，是明天验收的安排。";
    expect(mustOrWorse(text, { kind: "request", channel: "private" }).filter((f) => f.code === "R1")).toEqual([]);
  });

  it("reads the signature before a trailing attachment line", () => {
    const text = "各科室：\n请于本周五前报送12月份考勤表，格式见附件。收到请回复，谢谢！\n局办公室 周敏\n[文件：考勤表模板.xlsx]";
    expect(mustOrWorse(text, { kind: "request", channel: "workgroup", sendAt: "10:00" }).filter((f) => f.code === "R5")).toEqual([]);
  });

  it("makes a missing address or signature a suggestion on a draft that must not be sent at all", () => {
    const text = "下周选组长，帮我在你们那几户说说话，事成了请大家吃饭，饭钱我先转你";
    const found = check(text, { kind: "request", channel: "private" }).findings;
    expect(found.some((f) => f.code === "V3" && f.severity === "redline")).toBe(true);
    expect(found.filter((f) => (f.code === "R1" || f.code === "R5") && f.severity !== "suggestion")).toEqual([]);
  });

  it("still asks for an address on an ordinary request", () => {
    const text = "明天上午的会改到三楼会议室，请准时参加。";
    expect(mustOrWorse(text, { kind: "request", channel: "workgroup", sendAt: "10:00" }).some((f) => f.code === "R1")).toBe(true);
  });
});

describe("false alarms and extra codes fixed in v13", () => {
  it("a summons that asks to keep the talk confidential is no leak", () => {
    const text = "张伟同志：您好！请您于本周四上午10:00到区纪委监委谈话室谈话，请携带身份证。谈话内容请注意保密。\n收到请回复，谢谢！\n区纪委监委";
    expect(mustOrWorse(text, { kind: "notice", channel: "private", sendAt: "10:00" }).filter((f) => f.code === "P5")).toEqual([]);
  });

  it("a refusal to send minutes by WeChat is no leak", () => {
    const text = "李科长：您要的党组会会议纪要属于内部资料，不能通过微信传送，我下午送纸质件给您。\n县委办 王军";
    expect(mustOrWorse(text, { kind: "reply", channel: "private", sendAt: "10:00" }).filter((f) => f.code === "P5")).toEqual([]);
  });

  it("an AA dinner signed up for in the group is no gambling", () => {
    const text = "老同学们：\n春节聚会定在初三中午，地点老街饭店，AA制每人150元，请在群里接龙报名。\n班长 老李";
    expect(mustOrWorse(text, { kind: "notice", channel: "group", sendAt: "10:00" }).filter((f) => f.code === "RP2")).toEqual([]);
  });

  it("a warning notice that names disciplined cadres is not gossip", () => {
    const text =
      "各支部：\n现将市纪委通报的典型问题转发如下，请引以为戒：某局原科长多次收受服务对象红包，被开除党籍。\n请于本月底前组织学习。\n特此通知。\n局机关纪委";
    expect(mustOrWorse(text, { kind: "notice", channel: "workgroup", sendAt: "10:00" }).filter((f) => f.code === "P6")).toEqual([]);
  });

  it("'don't pass it on' said of a bribe or of hearsay is that breach, not a leak", () => {
    expect(byRule("小吴，评优那票记得投我，回头请你喝奶茶，转你个奶茶钱，别跟别人说哈", "P5")).toEqual([]);
    expect(byRule("千万别外传，听说咱们科长被纪委叫去谈话了", "P5")).toEqual([]);
    expect(mustOrWorse("老同学，这个真不方便说，还没公示的名单不能外传，等官方发布吧。", { channel: "private" }).filter((f) => f.code === "P5")).toEqual([]);
  });
});

describe("general misses caught in v13", () => {
  it("a private chat's screenshot passed on (私下给我发的…[截图], 私下跟我说的…[聊天截图])", () => {
    expect(byRule("你们看看老刘昨天私下给我发的这几句[截图]", "G1")).not.toEqual([]);
    expect(byRule("大家来评评，这是小钱私下跟我说的，说下周他要调走[聊天截图]", "G1")).not.toEqual([]);
  });

  it("off-topic posts and a relative pulled into a work group (G2)", () => {
    expect(byRule("周五下午了，实在不想上班，谁一起摸会儿鱼[偷笑]", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("给大家分享一首好听的歌，周末愉快[音乐链接]", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("我把我小舅子也拉进群了，他搞工程的，以后方便对接", "G2", { channel: "workgroup" })).not.toEqual([]);
    // The same words in a family group are no breach of a work group's rule.
    expect(byRule("周五下午了，实在不想上班，谁一起摸会儿鱼[偷笑]", "G2", { channel: "group" })).toEqual([]);
  });
});
