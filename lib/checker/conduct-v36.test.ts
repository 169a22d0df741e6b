/**
 * Checker v36 (decision 063): the causes found in the studied rounds 74–75, each with our own
 * messages (not fixture drafts). All are false alarms or wrong claims at v35: a file's name written
 * after its bracket ([文件]值班表.xlsx) below the signature, read as the last line and so as a missing
 * signature (R5); a secrecy self-check item 是否通过微信…传送涉密文件 read as a leak (P5); a picture said to
 * show no face (无人员正脸) read as a face shown (P4); a health-check or overtime notice read by the
 * model as a leak (P5); an identity card's picture posted to a work group claimed as a red line (P5),
 * which most writers label P4 alone.
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("false alarms at v35, gone in v36", () => {
  it("a signed notice with the file's name after its bracket ([文件]名单.xlsx) has its signature", () => {
    const text = "各位同事：\n本周六机关大院停电检修，请各科室周五下班前关好电脑和空调。\n收到请回复。\n后勤科 王磊\n[文件]停电检修安排.xlsx";
    expect(claimed(text, "R5", { channel: "workgroup", kind: "notice", sendAt: "10:00" })).toEqual([]);
    // Without a signature above the file, the signature is still missing.
    const unsigned = "各位同事：\n本周六机关大院停电检修，请各科室周五下班前关好电脑和空调。\n收到请回复。\n[文件]停电检修安排.xlsx";
    expect(claimed(unsigned, "R5", { channel: "workgroup", kind: "notice", sendAt: "10:00" })).not.toEqual([]);
  });

  it("a secrecy self-check item (是否通过微信…传送涉密文件) is no leak", () => {
    const text =
      "各科室：\n关于开展年底保密自查的通知\n1.是否通过微信、钉钉传送涉密文件或未公开数据；\n2.办公电脑是否连过外网。\n自查结果周五前报办公室。\n办公室 李娜";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "notice", sendAt: "10:00" })).toEqual([]);
  });

  it("a picture said to show no face ([图片：…无人员正脸]) is no portrait posted", () => {
    const text = "今天局里组织了消防演练，大家都很投入。\n[图片：演练场地全景，无人员正脸]";
    expect(claimed(text, "P4", { channel: "moments" })).toEqual([]);
  });

  it("a health-check results notice and an overtime notice (体检, 安排加班) are no leak by the model (the wording stays near the drafts')", () => {
    const health = "办公室汇总的全局人员体检结果先发群里了，有异常的自己对照看下，该复查的去复查。收到请回复。\n[文件]2026年度体检异常人员名单.xlsx";
    expect(claimed(health, "P5", { channel: "workgroup", kind: "notice", sendAt: "10:00" })).toEqual([]);
    const overtime =
      "各位普查员、各乡镇统计站：\n关于本周日安排加班的通知\n目前普查清查进入收尾阶段，为确保按期完成，经局党组研究，本周日安排加班，现通知如下：\n1.时间：周日上午8:30至下午5:30；\n2.人员：县普查办全体人员及各乡镇统计站站长；\n3.加班人员由办公室统一登记，下月按规定安排调休。\n特此通知。收到请回复。\n县统计局办公室 王芳";
    expect(claimed(overtime, "P5", { channel: "workgroup", kind: "notice", sendAt: "10:00" })).toEqual([]);
  });

  it("an identity card's picture posted to a work group is P4, and P5 only a suggestion", () => {
    const text = "这位老人的身份证落在窗口了，照片发群里，大家看看谁认识：[图片：身份证正反面]";
    expect(redline(text, "P5", { channel: "workgroup" })).toEqual([]);
    expect(byRule(text, "P5", { channel: "workgroup" })).not.toEqual([]);
    expect(claimed(text, "P4", { channel: "workgroup" })).not.toEqual([]);
  });
});
