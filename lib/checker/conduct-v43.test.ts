/**
 * Checker v43 (decision 076): the causes found in the studied rounds 88–91, each with our own
 * messages (not fixture drafts). False alarms and red-line wrong claims at v42: a refusal to send
 * material over WeChat (请不要通过微信发送, 不能截图给你) and material sent through the unit's OA claimed
 * as P5, a post taken back at one's asking (已请…撤回…不要外传) as P5, a list of papers sent (发您清单)
 * as P5, a numbered notice whose items open with a date (1.12月9日) as unnumbered (R3), the
 * grandparents' packet (爷爷奶奶的红包) as vulgar (P2), a child's school contest with a treat as V3, a
 * private chat shown round (私聊我说…别说是我发的), a dirty clip with 别外传 and hearsay passed on
 * (小道消息…心里有个数) as P5.
 * Red lines missed at v42: a database administrator's password posted (管理员密码…我贴这了, P5; a reminder
 * about it stays clean), firms'
 * packets all taken (企业老总的红包，我都领了, TJ3).
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("false alarms and red-line wrong claims at v42, gone in v43", () => {
  it("material kept off WeChat is no P5", () => {
    const text = "孙老师您好：您说的那批涉密图纸属于涉密内容，请不要通过微信发送，下周我们当面交接。\n科研处 林涛";
    expect(claimed(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a screenshot refused is no P5", () => {
    const text = "老郑，你要的那份审计底稿我不能截图给你，属于内部材料，不能外传。有需要请走调阅手续。";
    expect(claimed(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("internal material sent through the unit's OA is no P5", () => {
    const text = "王科好：您要的三季度欠费统计已整理好，属于内部资料，已通过局OA发您，请查收。\n财务科 陈琳";
    expect(claimed(text, "P5", { channel: "private", kind: "chat" })).toEqual([]);
  });

  it("a post taken back at one's asking is no P5", () => {
    const text = "各位同事：刚才群里那份名单已请发帖的同事撤回，请已保存的同志删除，不要外传。收到请回复。\n办公室 周敏";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "reply" })).toEqual([]);
  });

  it("a list of the papers a request needs is no P5", () => {
    const text = "张师傅：您问的补贴可以申请，需要提前5天到站里交书面申请和户口本复印件，具体材料下午我发您清单。\n农机站 刘洋";
    expect(claimed(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a notice whose numbered items open with a date is numbered", () => {
    const text =
      "各位同事：关于1月局领导带班安排的通知。\n1.1月6日：局长王建；\n2.1月13日：副局长李红；\n3.1月20日：副局长赵强。\n带班领导请保持电话畅通。特此通知。\n办公室";
    expect(claimed(text, "R3", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("the grandparents' packet is not vulgar", () => {
    expect(claimed("祝我家小宝三岁生日快乐！爷爷奶奶的红包收到啦🎂", "P2", { channel: "group" })).toEqual([]);
  });

  it("a private chat shown round is no P5", () => {
    const text = "给你看个截图，王处昨晚私聊我说李科的汇报材料写得一塌糊涂，你别说是我发的[图片]";
    expect(claimed(text, "P5", { channel: "private" })).toEqual([]);
  });

  it("a dirty clip with 别外传 is no P5", () => {
    expect(claimed("兄弟们，发个带颜色的小视频解解闷，别外传啊[视频]", "P5", { channel: "group" })).toEqual([]);
  });

  it("hearsay passed on with 心里有个数 is no P5", () => {
    const text = "听办公室小道消息，王处下个月要调走，据说跟那个项目经费的事有关，大家心里有个数就行。";
    expect(claimed(text, "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("a child's school contest with a treat is no V3", () => {
    const text = "各位！我儿子学校在搞“环保小卫士”评选，麻烦大家点个赞再转一下，回头请大家喝奶茶[链接]";
    expect(claimed(text, "V3", { channel: "workgroup" })).toEqual([]);
  });
});

describe("red lines missed at v42, claimed in v43", () => {
  it("a database administrator's password posted is P5", () => {
    const text = "咱们局业务系统的管理员密码我贴这了，在家也能登：admin / Ty@2027，加班的自己看着办";
    expect(redline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a reminder about the administrator's password is not", () => {
    expect(claimed("管理员密码忘了的，到信息科当面重置，别在群里问", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("firms' packets all taken is TJ3", () => {
    expect(redline("谢谢各位老板的节日红包，我都领了，以后工作上多支持！", "TJ3", { channel: "group" })).not.toEqual([]);
  });
});
