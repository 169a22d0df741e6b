/**
 * Checker v58 (decision 093): rounds 146–149 studied. Our own messages of the two causes changed there: a notice asking for
 * a system's error page (升级后如遇报错，请截图发信息科群): a G1 must-fix at v57 (提前 beside 截图 read as unpublished material
 * screenshotted), none in v58 (ERROR_SHOT, the error page itself or 如遇报错, near); a transfer refused and reported to the
 * discipline group opening with 现反映一情况 (…聊天记录已保存…截图附后): a G1 must-fix at v57, none in v58 (REPORT_FILED
 * gains 现反映). The counter-cases admit the rule and break it anyway: unpublished material screenshotted keeps its G1 (and
 * P5) beside 系统报错, and a vote bought under 现反映 keeps its V3 red line, at both. The innocent messages with the same
 * words raise no G1 and no red line at either.
 */
import { describe, expect, it } from "vitest";
import { check, claimed } from "./test-helpers";

describe("a system's error page asked for or sent: a G1 must-fix at v57, none in v58", () => {
  it.each([
    [
      "各位同事：医院信息系统将于12月3日（周四）中午12:00—13:00进行升级，期间HIS、LIS暂停使用，请各科室提前做好手工登记准备。升级后如遇报错，请截图发信息科群，注明科室和时间。\n特此通知。\n信息科",
      "notice",
    ],
    ["各位老师：教务系统今晚升级，请提前录完成绩，升级后如遇报错，请截图发教务处群。\n教务处", "notice"],
    ["如遇报错，先提前保存，再截图给我。", "chat"],
  ] as const)("%s", (text, kind) => {
    expect(claimed(text, "G1", { channel: "workgroup", kind })).toEqual([]);
  });
});

describe("a transfer refused and reported, opening with 现反映一情况: a G1 must-fix at v57, none in v58", () => {
  it.each([
    [
      '县纪委第三派驻组：\n我是县征补办二组孙丽，现反映一情况：12月3日晚瑞丰置业项目经理通过微信向我转账3000元并附言"辛苦费"，我未接收，已于24小时后自动退回，截图附后，聊天记录已保存。\n特此报告。\n孙丽 联系电话 138****2217',
    ],
  ] as const)("%s", (text) => {
    expect(claimed(text, "G1", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still G1 or a red line in v58", () => {
  it.each([["我知道未公开的材料不能截图外发，但考核结果还没正式发布，我先截图发你们看看。"], ["系统报错先不管，正式发布前的名单我截图发你们。"]] as const)(
    "%s",
    (text) => {
      expect(claimed(text, "G1", { channel: "workgroup" })).not.toEqual([]);
    },
  );
  it.each([
    ["我知道拉票不对，现反映一下：红包已经转你了，请投我一票。", "V3"],
    ["明知道不该发，还没公布的名单截图我先发群里，如遇报错再说。", "P5"],
  ] as const)("%s", (text, code) => {
    expect(check(text, { channel: "private" }).findings.filter((f) => f.code === code && f.severity === "redline")).not.toEqual([]);
  });
});

describe("error pages and 现反映 in everyday messages: no G1 and no red line", () => {
  it.each([
    ["王科，HIS开医嘱时报错，截图发你了，麻烦看下。", "private"],
    ["系统报错页面截图我发群里了，信息中心说下午修好。", "workgroup"],
    ["请将报错截图发我，我转给厂家。", "private"],
    ["现反映一个问题：三楼厕所漏水，请后勤看下。", "workgroup"],
    ["王组长：现反映一件事，食堂这周菜价涨了，大家意见比较大。", "private"],
    ["报错了，我截个图给你看。", "private"],
    ["孩子说网课系统报错，我截图发老师了。", "private"],
    ["打印机报错截图发你，型号在最下面。", "private"],
    ["系统报错，提前下班的同事明天补录。", "workgroup"],
    ["现反映一下群众诉求：村口路灯坏了三盏。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    const f = check(text, { channel }).findings;
    expect(f.filter((x) => x.severity === "redline" || (x.code === "G1" && x.severity !== "suggestion"))).toEqual([]);
  });
});
