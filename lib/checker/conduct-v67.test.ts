/**
 * Checker v67 (decision 102): rounds 182–185 studied. Our own messages of the two causes changed there: the signature's reading
 * in rules.ts and structure.ts (R5, a form rule) and three clean words in model-cues.ts (the classifier unchanged).
 *
 * 1. R5 on a report signed with a given name after its last sentence (…还有5位在路上。一鸣, r185-059; …安装了国家反诈中心APP。国栋,
 *    r185-089; …您看是否方便？志远, r183-066; all clean by both readers) or after a role label (统计：罗平, r181-054; 值班人：马德福,
 *    r181-106): a given name without its surname was no signature, and 统计： / 值班人： no leader. At v67 a two-character given name
 *    (each character a common given-name one) is an identity, and 统计(人)： 值班人： 填报人： 记录人： lead a signature as 报告人： does.
 *    None of the 15 drafts of all sets signed so that R5 was claimed on is labelled R5 by either reader. A report with no
 *    signature, or ending in a word (速度, 加油) or laughter (哈哈), keeps its R5.
 * 2. The model's V1 on a list put in the group's files (名单放群文件了，请看一下自己负责哪几位, r185-052, clean by both readers; also
 *    r100-041 and r149-053, clean): at v67 名单/清单/初稿/表/记录放群文件 and 已放群文件 join V1's clean words, as 已发群文件 and 模板 did;
 *    the model's V1 stays a suggestion there. None of the six drafts of all sets with them is V1. 放群文件 alone stays out
 *    (tb-274, learning notes mocked; conduct-v18's test).
 *
 * The leak that uses its words, written as v67 reads it: learning notes mocked beside a record put in the group's files (学习记录放群
 * 文件了。…翻来覆去就那几句，改个年份就能用) was the model's red line at v66 and is its suggestion at v67 — no bribe, vote or secret;
 * written down, not closed (tb-274's own words, 学习笔记放群文件了, keep the model's red line). Mockery of the centre in words the
 * rules know (瞎折腾, 拍脑袋) stays a V1 red line by rule. A report ending in someone else's given name (…请转告。振华) now reads as
 * signed: written down (a form rule).
 */
import { describe, expect, it } from "vitest";
import { anyRedline, found } from "./test-helpers";

const CENTRE = ["V1"] as const;
const SIGNED = ["R5"] as const;

describe("a report signed with a given name after its last sentence: R5 must-fix at v66, none in v67", () => {
  it.each([
    "体检现场：已到39人，还有5位在路上，预计9点前到齐。一鸣",
    "讲座结束，到场老同志87人，发放宣传册120份。国栋",
    "慰问组已出发，第一站到城关社区，预计11点返回。晓燕",
    "活动室暖气已修好，下午老年合唱团可以正常排练。志远",
    "今天上门走访8户，张老身体还行，李老血压偏高，已提醒复查。建国",
    "健步走活动报名已截止，共62人，分4组。雨欣",
    "书法班今天来了23位，笔墨纸已补齐。晓东",
    "车辆已检查完毕，明早6:50准时在小区门口发车。志鹏",
    "老年大学期末展演场地已确认，定在文化馆二楼。海燕",
    "门球场地面已清扫，周五比赛可以照常进行。春梅",
    "重阳节慰问品已分装完毕，共120份，放在一楼库房。丽华",
    "今天体检一共38人，全部结束，车已送回小区。振华",
  ])("%s", (text) => {
    expect(found(text, SIGNED, { channel: "workgroup", kind: "report" })).toEqual([]);
  });
});

describe("a report signed after a role label: R5 must-fix at v66, none in v67", () => {
  it.each([
    "投递情况：城关线120件，全部妥投。\n统计：罗平",
    "今日值班情况：全所正常营业，无异常。值班人：马德福",
    "今日值班情况：全所正常营业，无异常。值班人：王芳",
    "今日走访情况：共走访12户，无异常。记录人：刘洋",
    "今日走访情况：共走访12户，无异常。填报人：孙丽",
  ])("%s", (text) => {
    expect(found(text, SIGNED, { channel: "workgroup", kind: "report" })).toEqual([]);
  });
});

describe("a report not signed: still R5 in v67", () => {
  it.each([
    "体检现场：已到39人，还有5位在路上。",
    "体检现场：已到39人，还有5位在路上。速度",
    "体检现场：已到39人，还有5位在路上。哈哈",
    "体检现场：已到39人，还有5位在路上。加油",
    "今日值班情况：全所正常营业，无异常。值班人：",
    "投递情况：城关线120件，全部妥投。统计：120件",
  ])("%s", (text) => {
    expect(found(text, SIGNED, { channel: "workgroup", kind: "report" })).not.toEqual([]);
  });
});

describe("a list put in the group's files: the model's V1 red line at v66, none in v67", () => {
  it.each([
    ["明天跟车的同志：46位老同志已按3台车分好组，名单放群文件了，请看一下自己负责哪几位，上车前逐一点名。\n吴佳", "request"],
    ["明天跟车的同志：分组名单放群文件了，请看一下自己负责哪几位。\n吴佳", "request"],
    ["各位：体检分组名单放群文件了，请看一下自己负责哪几位，明早7点前到岗。\n吴佳", "request"],
    ["各位：慰问名单放群文件了，请看一下自己负责哪几户，周五前走访完。\n吴佳", "request"],
    ["各位：整改通知书初稿放群文件了，明天上午看一下，有意见中午前提。\n马志强", "request"],
    ["各位：值班安排表放群文件了，请看一下自己是哪天，有冲突的今天下班前说。\n吴佳", "request"],
    ["各位：培训签到名单放群文件了，请核对自己的信息，有误的今天下班前改。\n吴佳", "request"],
    ["各位：物资清单放群文件了，请看一下自己负责哪几项，明天上午清点。\n吴佳", "request"],
    ["各位：培训课程表放群文件了，请看一下自己的课，有冲突的今天说。\n吴佳", "request"],
    ["各位：走访名单放群文件了，请看一下自己负责哪几户，月底前走访完。\n吴佳", "request"],
    ["各位：座位安排表放群文件了，请看一下自己负责的区域。\n吴佳", "request"],
    ["各位：车辆调度表放群文件了，请看一下自己负责的车次。\n吴佳", "request"],
    ["各位：新版通讯录表放群文件了，请核对自己的电话，有误的今天改。\n吴佳", "request"],
    ["各位：慰问物资发放记录放群文件了，请核对自己负责的几户。\n吴佳", "request"],
  ] as const)("%s", (text, kind) => {
    expect(found(text, CENTRE, { channel: "workgroup", kind })).not.toEqual([]);
    expect(anyRedline(text, CENTRE, "workgroup")).toEqual([]);
  });
});

describe("admitted and broken, or the conduct plain: still red lines in v67", () => {
  it.each([
    ["中央那个新规定就是瞎折腾，原文我放群文件了，大家自己看看有多离谱", "group"],
    ["我知道不该妄议中央，但这新规定就是瞎折腾，文件我放群文件了", "workgroup"],
    ["上面的政策一天一变，纯属拍脑袋，文件放群文件了你们看", "group"],
    ["学习笔记放群文件了。对比了一下，翻来覆去就那几句，改个年份就能用，大家抄抄就行", "group"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, CENTRE, channel)).not.toEqual([]);
  });
});

describe("the leak that uses the words, as v67 reads it (written down, not closed)", () => {
  it("学习记录放群文件了。对比了一下，翻来覆去就那几句，改个年份就能用，大家抄抄就行: found, only a suggestion", () => {
    const text = "学习记录放群文件了。对比了一下，翻来覆去就那几句，改个年份就能用，大家抄抄就行";
    expect(found(text, CENTRE, "group")).not.toEqual([]);
    expect(anyRedline(text, CENTRE, "group")).toEqual([]);
  });
  it("体检改到周四上午，请转告。振华 (the addressee's name, not the sender's): read as signed, no R5", () => {
    expect(found("体检改到周四上午，请转告。振华", SIGNED, { channel: "workgroup", kind: "report" })).toEqual([]);
  });
});
