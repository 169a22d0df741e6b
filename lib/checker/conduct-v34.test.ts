/**
 * Checker v34 (decision 059): the causes found in the studied rounds 70–71, each with our own
 * messages (not fixture drafts). False alarms and wrong claims first — a hotline's bulletin passed on
 * (热线) read as a rumour (V2), a complaint that an appraisal was fixed (内定) read as canvassing (V3),
 * a paper the unit published today (今天发的) read as a leak (P5), a packet returned (已点退回) or a
 * record refused (不能对外提供) beside a private matter read as a privacy leak (P4), a weather office's
 * warning in a screenshot (气象台) read as unpublished material (G1), 老子 alone read as vulgar (P2),
 * the addressee's own household (你家低保) read as a privacy leak (P4), a date still to be asked
 * (再问问) read as gossip (P6) — then a red line only suggested: hearsay the sender says he has not
 * checked, passed on at once (也没核实…赶紧转告), V2.
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("wrong claims at v33, gone in v34", () => {
  it("a hotline's bulletin passed on (转发：…热线开通) is no rumour (the model's claim: the wording stays near the draft's)", () => {
    const text = "转发：区民政局冬季救助热线开通啦，街头流浪乞讨、生活无着人员请拨打救助管理站电话，一起守护寒冬里的每一个人。";
    expect(claimed(text, "V2", { channel: "moments" })).toEqual([]);
  });

  it("a complaint that an appraisal was fixed (评先进…内定) is no canvassing", () => {
    const text = "这次评先进我看又是内定的，科里那几个谁不知道，大家心里有数。";
    expect(claimed(text, "V3", { channel: "workgroup" })).toEqual([]);
  });

  it("a schedule the bureau published today (局今天发的…[文件]) is no leak", () => {
    const text = "给大家看下，我们局今天发的春节值班安排，年底又要忙起来了[文件]";
    expect(claimed(text, "P5", { channel: "group" })).toEqual([]);
  });

  it("a packet from a household on relief, returned (已点退回), is no privacy leak", () => {
    const text = "各位同事：上午一位低保户家属给我发了个100元红包，我没收，已点退回，也跟王科长说了。大家遇到同样的事也这么办。";
    expect(claimed(text, "P4", { channel: "workgroup" })).toEqual([]);
  });

  it("a marriage record refused (按规定不能对外提供) is no privacy leak", () => {
    const text = "王哥，不好意思，婚姻登记档案涉及个人隐私，按规定不能对外提供，也不能复印带走。确需查询的，请按程序开具手续到登记处办理。";
    expect(claimed(text, "P4", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a weather office's warning in a screenshot (气象台…截图发大家) is no unpublished material", () => {
    const text = "市气象台刚发布的大风蓝色预警，截图发大家，今晚请各站提前检查临时设施。[图片：预警截图]";
    expect(claimed(text, "G1", { channel: "workgroup" })).toEqual([]);
  });

  it("老子 alone (老子明天请假) is no vulgar word", () => {
    const text = "周末加完班，今晚吃顿好的，明天那个培训老子请假不去了[干杯]";
    expect(claimed(text, "P2", { channel: "moments" })).toEqual([]);
  });

  it("the addressee's own household (你家困难户认定的事) told to him is no privacy leak", () => {
    const text = "多谢王总，转账收到了，你家困难户认定的事包在我身上。";
    expect(claimed(text, "P4", { channel: "private" })).toEqual([]);
  });

  it("a date still to be asked (好像有个检查，具体哪天我再问问) is no gossip", () => {
    const text = "说一下，最近活多。下月好像有个考核，具体哪天我再问问，大家先准备着。";
    expect(claimed(text, "P6", { channel: "workgroup" })).toEqual([]);
  });
});

describe("red lines only suggested at v33, claimed in v34", () => {
  it("hearsay the sender has not checked, passed on at once (也没核实…赶紧转告) is V2", () => {
    const text = "听说东门那边有人假扮社保局的上门收费，好几家都交了，我也没核实，大家赶紧转告家里人！";
    expect(redline(text, "V2", { channel: "workgroup" })).not.toEqual([]);
  });
});
