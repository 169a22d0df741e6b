/**
 * Checker v69 (decision 104): rounds 190–193 studied. One change, to U1's reading of the send time (`SEND_TIME.underway` in
 * rules.ts, `checkSendTime` in detect-form.ts; the classifier unchanged).
 *
 * U1 on work under way as the message is sent (人到齐了，按分片开扫，滨河路桥面有薄冰注意车 at 05:25, r193-026, a sanitation crew on the
 * early shift; 新生儿室12床宝宝刚测经皮胆红素15.2 at 23:48 and 抽，顺便查个血型…我马上过来看 at 23:52, r188-018/019, a hospital's night
 * duty; 收到，已在路上 at 07:35, r188-021; 人齐了，车已经出南门 at 07:42, r188-101; all clean by both readers): at v69 a message out of
 * hours that names the crew gathered or on its way (人齐了, 到齐了, 已在路上, 马上到, 十分钟后), a patient's bed (12床), the emergency
 * department (急诊), a reading just taken (刚测, 刚收) or action at once (立即) has U1 as a suggestion, not a must-fix. All 15 drafts
 * of all sets claimed U1 with these words are not U1 by label; none is U1 by a second reader.
 *
 * The notice that uses its words, written as v69 reads it: 各位：明早7:30局门口集合，收到的回个“马上到” at 23:30 names tomorrow's
 * gathering and a reply asked for in the same words — its U1 is only a suggestion at v69; written down, not closed (a form rule:
 * no bribe, vote or leak).
 */
import { describe, expect, it } from "vitest";
import type { MessageKind } from "./types";
import { check } from "./test-helpers";

type Channel = "workgroup" | "private" | "group" | "moments";
const u1 = (text: string, sendAt: string, channel: Channel = "workgroup", kind: MessageKind = "chat") =>
  check(text, { channel, kind, sendAt })
    .findings.filter((f) => f.code === "U1")
    .map((f) => f.severity);

describe("work under way as the message is sent: U1 must-fix at v68, a suggestion at v69", () => {
  it.each([
    ["人到齐了，按分片开扫，东大街路口有积水注意车。", "05:20", "workgroup", "chat"],
    ["人齐了，车已经出东门，预计8:30到石桥乡卫生院。", "07:40", "workgroup", "chat"],
    ["收到，已在路上。", "07:30", "workgroup", "reply"],
    ["收到，刚看到，已经在路上了。", "06:50", "workgroup", "reply"],
    ["收到马队，马上到。", "23:20", "workgroup", "reply"],
    ["我马上过来看，先把监护接上。", "23:55", "private", "reply"],
    ["王医生，8床宝宝刚测体温39.2，已经物理降温，您看要不要加药？", "00:40", "private", "request"],
    ["李主任，急诊刚收一例车祸外伤，血压不稳，您到院直接去手术室。", "02:15", "private", "chat"],
    ["今晚值班的小周：城关水厂出水管爆了，带上抢修节，十分钟后大门口集合。", "23:05", "workgroup", "request"],
    ["各村党支部书记：县气象台刚发布暴雨红色预警，请立即组织危险区群众转移。", "01:30", "workgroup", "notice"],
    ["全班到齐了，先扫主干道，桥面结冰的地方撒融雪剂。", "04:50", "workgroup", "chat"],
    ["刘医生，15床刚测血糖2.8，已经推了葡萄糖，您看还要不要复查？", "03:20", "private", "request"],
  ] as const)("%s (%s)", (text, sendAt, channel, kind) => {
    expect(u1(text, sendAt, channel, kind)).toEqual(["suggestion"]);
  });
});

describe("out of hours and nothing under way: U1 must-fix at v68 and v69", () => {
  it.each([
    ["明早7:30局门口集合，去石桥村检查，别迟到。", "23:10", "workgroup", "notice"],
    ["各位：明天上午9点开会，请准时参加。收到请回复。", "22:40", "workgroup", "notice"],
    ["小王，明天上午把那份材料改好发我。", "23:30", "private", "chat"],
    ["各位同事：请于今天上午10点前报送值班表。收到请回复。", "06:45", "workgroup", "request"],
    ["各位网格员：明早8:30在社区集合领取排查表。收到请回复。", "23:20", "workgroup", "notice"],
  ] as const)("%s (%s)", (text, sendAt, channel, kind) => {
    expect(u1(text, sendAt, channel, kind)).toEqual(["must"]);
  });
});

describe("in working hours: no U1 at v68 and v69", () => {
  it("人到齐了 at 09:00", () => {
    expect(u1("人到齐了，按分片开扫。", "09:00")).toEqual([]);
  });
});

describe("the notice that uses the words, written as v69 reads it", () => {
  it("tomorrow's gathering with a reply asked for as 马上到: a suggestion (was a must-fix at v68)", () => {
    expect(u1("各位：明早7:30局门口集合，收到的回个“马上到”。", "23:30", "workgroup", "notice")).toEqual(["suggestion"]);
  });
});
