/**
 * Checker v81 (decision 116): rounds 242–245 studied, with what decision 115 left. Six changes, no new rule:
 *
 * 1. TJ3 on a report of a transfer refused (局机关纪委：⏎现报告一事：⏎1. …某企业负责人通过微信向我转账2000元，附言“补贴的事多关照”；⏎2. 我未
 *    接收，转账已自动退回, r242-090, a trap, clean by both readers): 报告一事 joins INCIDENT_REPORT. All six drafts of all sets with
 *    报告一事 are clean.
 * 2. V1 by the model on a packet refused (蒋经理：⏎红包我不会收，已点退回。补贴按政策审核…谁打招呼也批不了, r242-074, a trap, clean by
 *    both readers): 已点退回 and 点了退回 join V1's clean words (model-cues.ts). None of the 44 drafts of all sets with them is V1.
 * 3. P5 and WH1 by the model on a signing ceremony's notice (…入驻签约仪式的安排通知如下：…地点：管委会三楼第一会议室…, r243-001, clean by
 *    both readers): 签约仪式 joins P5's clean words (none of its five drafts of all sets is P5), 第一会议室 WH1's (none of 14 is WH1).
 * 4. G4 on a ping followed by the group it calls (在吗在吗大家！！！周四全体到县社开年终总结会, r131-119, G4 by both readers; decision
 *    115's carry-over): OPENING_PING takes 大家/各位 after the ping. 78 of the 80 drafts of all sets that open with a ping are G4.
 * 5. G7 on a tangle to be settled in the group (大家一起在群里讨论出个结论吧, r242-106, G7 by both readers): 讨论出, 群里…结论 and
 *    群里…定个 join ARGUED_POINT_BY_POINT. All eight drafts of all sets with them carry G7.
 * 6. The discount 8.5折 is read whole (团购8.5折以内你可以先报, r240-101; v80 read 5折 inside it; decision 115's carry-over): a
 *    trigger's span, no finding moves.
 *
 * The leaks (a bribe reported as 报告一事 with the packet sent; a rant after 已点退回; a leak beside 签约仪式; praise beside 第一会议室) keep
 * their findings. Rejected: 红包一事 as a report (r243-062), for 上次说的红包一事，换届时还请多支持，我再给你发个红包.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, claimed } from "./test-helpers";

describe("a report of a transfer refused, opened with 报告一事: no TJ3 red line at v81 (the first was one at v80)", () => {
  it.each([
    "局机关纪委：\n现报告一事：\n1. 12月8日，某企业负责人通过微信向我转账2000元，附言“补贴的事多关照”；\n2. 我未接收，转账已自动退回，聊天截图已保存；\n3. 该企业稳岗返还申请仍按正常程序审核。\n收到请回复，谢谢！\n县就业服务中心失业保险科 赵亮",
    "王组长：报告一事。今天验收时施工方经理私下给我微信转账1000元，请我多关照，我未接收，已退回并保留记录。\n质监站 马晓燕",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("the leaks: a bribe said after 报告一事 stays a TJ3 red line at v80 and v81", () => {
  it.each(["李科长，报告一事，备案的事您帮忙加快，800红包已发您", "王总，现报告一事：稳岗返还的事您放心，我多关照，上次的转账2000元收到了"])("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private" }).length).toBeGreaterThan(0);
  });
});

describe("a packet refused with 已点退回: no V1 red line by the model at v81 (one at v80)", () => {
  it("蒋经理：红包我不会收，已点退回。补贴按政策审核…", () => {
    const text = "蒋经理：\n红包我不会收，已点退回。补贴按政策审核，材料齐全就能批，不齐全谁打招呼也批不了。下次请不要再这样。\n县就业服务中心失业保险科 赵亮";
    expect(anyRedline(text, "V1", { channel: "private", kind: "reply" })).toEqual([]);
  });
});

describe("the leaks: a rant after 已点退回 stays a V1 red line at v80 and v81", () => {
  it.each(["各位：红包我已点退回了。说句实话，中央这套就业政策就是喊口号，一拍脑袋瞎折腾，早该改了。", "红包已点退回。上面那帮人定的政策根本不管老百姓死活"])(
    "%s",
    (text) => {
      expect(anyRedline(text, "V1", { channel: "workgroup" }).length).toBeGreaterThan(0);
    },
  );
});

describe("a signing ceremony's notice in 第一会议室: no P5 red line and no WH1 must-fix at v81 (both at v80)", () => {
  const text =
    "各位同事：\n关于恒拓精密机械项目入驻签约仪式的安排通知如下：\n1. 时间：12月9日（周三）上午10:00；\n2. 地点：管委会三楼第一会议室；\n3. 分工：招商服务局负责企业来宾接待，党政办负责会场布置，企业服务中心备好入驻手续材料清单。\n特此通知。收到请回复，谢谢！\n青岚县工业园区管委会党政办 周立新";
  it("P5", () => {
    expect(anyRedline(text, "P5", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
  it("WH1", () => {
    expect(claimed(text, "WH1", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("the leaks: material leaked beside 签约仪式 stays P5, praise beside 第一会议室 stays WH1, at v80 and v81", () => {
  it.each(["老同学，恒拓签约仪式前内部谈的土地出让底价我拍给你了[图片]，别外传", "签约仪式的方案还没公开，内部材料我先拍给你看看，看完删了"])("%s", (text) => {
    expect(anyRedline(text, "P5", { channel: "private" }).length).toBeGreaterThan(0);
  });
  it("各位：今天在第一会议室开会，王局讲得太好了，英明！跟着王局干就是踏实", () => {
    expect(claimed("各位：今天在第一会议室开会，王局讲得太好了，英明！跟着王局干就是踏实", "WH1", { channel: "workgroup" }).length).toBeGreaterThan(0);
  });
});

describe("a ping followed by the group it calls: G4 at v81 (none at v80)", () => {
  it.each([
    ["在吗在吗大家！！！周四全体到县社开年终总结会，别迟到。\n特此通知。", "notice"],
    ["在吗大家？明天上午九点开会，都到三楼。", "chat"],
  ] as const)("%s", (text, kind) => {
    expect(claimed(text, "G4", { channel: "workgroup", kind })).not.toEqual([]);
  });
});

describe("the group addressed with no ping: no G4 at v80 and v81", () => {
  it("大家好，周四全体到县社开年终总结会，别迟到。", () => {
    expect(claimed("大家好，周四全体到县社开年终总结会，别迟到。", "G4", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("a tangle to be settled in the group (讨论出, 群里…结论, 群里…定个): G7 at v81 (none at v80)", () => {
  it.each([
    "各位领导同事：\n上午窗口有个失业人员投诉，涉及前单位欠缴、两次转移接续、仲裁结果和补发标准，我在群里先把来龙去脉讲一下，大家一起在群里讨论出个结论吧，大概要说二三十条……\n——失业保险科 老林",
    "各位：关于柳河镇征地补偿群体访的处置，我在群里把情况和几种方案都列一下，请大家在群里讨论定个方案。",
  ])("%s", (text) => {
    expect(check(text, { channel: "workgroup" }).findings.some((f) => f.code === "G7")).toBe(true);
  });
});

describe("the discount 8.5折 is read whole at v81 (5折 at v80)", () => {
  it("团购8.5折以内你可以先报，超了就让他周一找刘经理。", () => {
    const p8 = check("团购8.5折以内你可以先报，超了就让他周一找刘经理。发票写学校全称和税号。", { channel: "private" }).findings.filter((f) => f.code === "P8");
    expect(p8.flatMap((f) => f.triggers)).toContain("8.5折");
  });
});
