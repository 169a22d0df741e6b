/**
 * Checker v15 (decision 036, issue 18): the causes found in the studied rounds 30–33, each with our
 * own messages (not fixture drafts). Red lines first — a personnel list seen and hinted at, a raid
 * tipped off (统一行动…收着点), hearsay acted on though unchecked (还没核实, 大家先按), votes bought with
 * projects or treats (事成之后…倾斜, 评上了请全科喝), a firm's rumour through a friend, an inspection eased
 * for a business, a kickback off the books, packets to officials 沾沾喜气 or from the public account,
 * an internal paper photographed but for its 密级 line — each with its innocent relatives clean; then
 * the false alarms on clean drafts (a returned transfer, 心意我领了, declining a packet game, a
 * notice sending papers through 机要交换, a one-to-one or friends' notice, 报告人： signatures and a
 * [截图] line after the signature, the model on refusals, privacy rules and a father warned).
 */
import { describe, expect, it } from "vitest";
import { byRule, mustOrWorse, redline } from "./test-helpers";

describe("red lines missed or only suggested at v14, caught in v15", () => {
  it("a personnel list seen ahead and hinted at (人事调整名单我看过了…别惊讶) is a leak (P5)", () => {
    expect(redline("跟你说一声，这次干部人事调整名单我看过了，你们科有人要动，到时候别惊讶。", "P5", { channel: "private" })).not.toEqual([]);
    // The list published is clean.
    expect(byRule("这次人事调整名单已经公示了，大家可以在政府网站查看。", "P5")).toEqual([]);
  });

  it("a raid tipped off to a business (统一行动…收着点, 早点关门) is a leak (P5)", () => {
    expect(redline("李哥，后天晚上局里有个统一行动，你那个歌厅这几天收着点，早点关门。", "P5", { channel: "private" })).not.toEqual([]);
    expect(byRule("明晚全县统一行动，各所按方案做好准备。", "P5", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });

  it("hearsay passed on though admitted unchecked (我还没核实…转告), or acted on (据说…大家先按), is a rumour (V2)", () => {
    expect(redline("听群众说邻村的自来水被人投毒了，我还没核实，你们赶紧转告村里人别喝自来水。", "V2")).not.toEqual([]);
    expect(redline("据说明年差旅补助要砍一半，文件还没下，大家先按砍了的标准报预算。", "V2", { channel: "workgroup" })).not.toEqual([]);
    // Checked first, or refuted, it is clean.
    expect(byRule("有人说邻村的自来水被投毒了，经核实不属实，请大家不信谣、不传谣。", "V2", { kind: "notice" })).toEqual([]);
  });

  it("votes bought with a project or a treat (事成之后…资金倾斜, 评上了请全科喝) are 拉票 (V3)", () => {
    expect(redline("这次换届大家票面上多用心，事成之后明年的项目资金优先往你们村倾斜。", "V3", { channel: "workgroup" })).not.toEqual([]);
    expect(redline("这次评选我在候选名单里，大家多多支持，评上了请全科喝一个月咖啡。", "V3", { channel: "workgroup" })).not.toEqual([]);
    // A fair election notice is clean.
    expect(byRule("各支部：换届选举按程序进行，请党员如实投票，不得拉票。", "V3", { kind: "notice" })).toEqual([]);
  });

  it("a firm's collapse rumoured through a friend and pushed on (有个朋友，说…跑路了, 赶紧) is V2", () => {
    expect(redline("我在银行有个朋友，说咱们小区开发商资金链断了，老板跑路了，大家赶紧去要说法！", "V2", { channel: "group" })).not.toEqual([]);
  });

  it("an inspection eased for a business (过磅…松一松, 水分的事好商量) is a favour in office (TJ3)", () => {
    expect(redline("王老板放心，你那车棉花过磅时候我让他们松一松。", "TJ3", { channel: "private" })).not.toEqual([]);
    // Inspecting to the standard is clean.
    expect(byRule("王老板，过磅一律按标准来，水分超了就按规定扣。", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a kickback off the books (按老比例, 别走单位账) is TJ3; a purchase through the books is not", () => {
    expect(redline("刘校，这学期校服的事还按老比例，钱走微信，别走学校账。", "TJ3", { channel: "private" })).not.toEqual([]);
    expect(byRule("刘校，校服费用按规定统一走学校账，开正式发票。", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a packet to an official with a festival wish is a gift even 沾沾喜气; a packet from the public account is public money", () => {
    expect(redline("祝张局长元旦快乐！给领导发个红包沾沾喜气[红包]", "TJ3", { channel: "private" })).not.toEqual([]);
    expect(redline("年底了，我用公户发个大红包给大家，再给几个站长每人充张卡。", "TJ3", { channel: "workgroup" })).not.toEqual([]);
    // A family's festive packet is still clean.
    expect(mustOrWorse("妈，元旦快乐！给您发个红包沾沾喜气[红包]", { channel: "private" }).filter((f) => f.code === "TJ3")).toEqual([]);
  });

  it("an internal paper photographed but for its 密级 line (密级那栏不拍了，正文拍给大家) is a leak (P5)", () => {
    expect(redline("刚下发的那份文件，密级那栏我就不拍了，正文拍给大家看看。[图片]", "P5", { channel: "workgroup" })).not.toEqual([]);
    // Not photographing it at all is no leak.
    expect(byRule("刚下发的那份密级文件我就不拍了，大家到机要室查阅。", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("an outsider let into a group to listen in on a tender is a P5 suggestion (writers disagree on the red line)", () => {
    const found = byRule("我把搞建材的表哥拉进群了，他就听听这次招标的情况，大家不用管他。", "P5", { channel: "workgroup" });
    expect(found.map((f) => f.severity)).toEqual(["suggestion"]);
    expect(byRule("招标代理公司的联系人我拉进群了，负责答疑。", "P5", { channel: "workgroup" })).toEqual([]);
  });
});

describe("false alarms of v14 on clean drafts", () => {
  it("a transfer sent back in the next sentence (已经原路退回了) is refused", () => {
    expect(
      redline("今天走访时一位老乡硬给我转了300块，谢谢我帮他把营业执照办下来了。已经原路退回了，这是我们应该做的。", "TJ3", { channel: "moments" }),
    ).toEqual([]);
    // Not sent back, it still is a gift for a favour.
    expect(redline("一位老乡给我转了300块，谢谢我帮他把营业执照办下来了。", "TJ3", { channel: "moments" })).not.toEqual([]);
  });

  it("心意我领了 and 没有领取 refuse a card for votes", () => {
    expect(mustOrWorse("小王，购物卡我没有领取，已经退回。评先评优按程序来，心意我领了，把工作干好就行。", { kind: "reply", channel: "private" })).toEqual([]);
  });

  it("declining a packet game (这个红包接龙我就不参加了) is no gambling", () => {
    expect(byRule("各位，群里这个红包接龙我就不参加了，大家玩得开心。", "RP2", { channel: "group" })).toEqual([]);
    expect(redline("来来来，红包接龙，手气最差的接着发！", "RP2", { channel: "group" })).not.toEqual([]);
  });

  it("a notice sending internal papers through 机要交换, not the group, is no leak", () => {
    const text = "各位同事：\n今后内部文件一律走机要交换，不在微信群传送。\n特此通知。\n局办公室 王芳\n";
    expect(byRule(text, "P5", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });

  it("a notice to one person in a private chat, or a classmates' gathering, needs no 特此通知 (R4 only a suggestion)", () => {
    const one = "小王：\n你要的档案按规定不能拍照，明天上午到档案室查阅登记。\n办公室 李明\n";
    expect(mustOrWorse(one, { kind: "notice", channel: "private" }).filter((f) => f.code === "R4")).toEqual([]);
    const reunion = "各位老同学：\n下月同学聚会实行AA制，每人200元，统一群收款。\n班长 周涛\n";
    expect(mustOrWorse(reunion, { kind: "notice", channel: "group" }).filter((f) => f.code === "R4")).toEqual([]);
    // The same notice in a work group still must close with 特此通知.
    const work = "各位同事：\n周五下午三点在二楼会议室召开安全生产会议，请准时参加。\n办公室 李明\n";
    expect(mustOrWorse(work, { kind: "notice", channel: "workgroup" }).filter((f) => f.code === "R4")).not.toEqual([]);
  });

  it("报告人：… is a signature, and a [截图] line after the signature is an attachment", () => {
    const report = "各位领导：\n现报送今日项目进展：土地征收完成90%。\n报告人：开发区管委会 赵宏\n";
    expect(mustOrWorse(report, { kind: "report", channel: "workgroup" }).filter((f) => f.code === "R5")).toEqual([]);
    const notice = "各位同事：\n近期有人冒充领导加微信借钱，请提高警惕。\n特此通知。\n县委办公室 12月4日\n[截图]\n";
    expect(mustOrWorse(notice, { kind: "notice", channel: "workgroup" }).filter((f) => f.code === "R5")).toEqual([]);
  });

  it("the model does not claim on a refusal to interfere, a privacy rule, or a father warned against a chain letter", () => {
    expect(mustOrWorse("老同学，你那个投标我不方便出面打招呼，按公告要求准备，公平竞争就好。", { channel: "private" }).filter((f) => f.code === "TJ1")).toEqual(
      [],
    );
    const privacy = "各位网格员：\n名单已通过政务内网下发，涉及身份证号和病情，请勿截图或转发。\n收到请回复。\n村委会\n";
    expect(mustOrWorse(privacy, { kind: "notice", channel: "workgroup" }).filter((f) => f.code === "P4")).toEqual([]);
    expect(mustOrWorse("爸，家人群里那条“不转倒霉”的消息别信了，都是骗流量的，别往外转。", { channel: "group" }).filter((f) => f.code === "P3")).toEqual([]);
  });
});
