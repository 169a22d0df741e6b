/**
 * What rounds 12–13 taught (decision 028), in messages of our own: everyday hearsay, family chats,
 * gifts sent back and warning notices stay clean; cards shared out to officials, dialect criticism of
 * 上边 and the local and guide codes that words can show (XY1, XY2, G7, G8, P10) are caught.
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "./index";

const rules = (text: string) => checkMessage({ text, kind: "chat" }).findings.filter((f) => f.basis === "rule");
const codes = (text: string) => [...new Set(rules(text).map((f) => f.code))];
const claims = (text: string) => checkMessage({ text, kind: "chat" }).findings.filter((f) => f.severity !== "suggestion" && !["R1", "R5"].includes(f.code));

describe("clean: the general over-reach of v6", () => {
  it.each([
    "听说单位食堂周四晚上有饺子，想吃的同事早点下楼。",
    "听说北环路在修路，这几天很堵，开车的同事可以绕行。",
    "老公，体检报告拿到了，医生说一切正常，放心吧。",
    "姐，妈明天住院做个小手术，病房号我晚点发你。",
    "李总，茶叶我收不了，已经让同事原样送回去了。",
    "那张购物卡我没激活，已经原样交回。",
    "关于开展保密警示教育的通知：学习因拍摄涉密文件被追责的案例，12月底前完成自查。",
  ])("%j raises no must-fix or red line", (text) => {
    expect(claims(text).map((f) => [f.code, f.basis, f.triggers])).toEqual([]);
  });
});

describe("caught", () => {
  it.each([
    ["国庆前我用部门经费买了几张超市卡，给几位局领导每人一张，我私下送过去。", "TJ3"],
    ["这个新规上边儿净整些没用的，说关就关，谁管我们死活。", "V1"],
    ["上次那几个红包我收了，你那个审批的事你放心。", "TJ3"],
    ["群备注我就不改了，叫“快乐小鱼”大家也知道是我。", "XY1"],
    ["[图片：逆光拍的，完全看不清] 情况大概就是这样。", "XY2"],
    ["您上周交代的材料我今天才点开，实在抱歉。", "G8"],
    ["王书记，这个案子牵扯到五户人家和三份协议，我在微信里跟您说一下：……", "G7"],
    ["下午开会我一直在刷短视频，啥也没听进去。", "P10"],
  ])("%j → %s", (text, code) => {
    expect(codes(text)).toContain(code);
  });
});
