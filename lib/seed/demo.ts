/**
 * The demo organisation: 1 Party committee → 2 general branches → 6 branches, 60 cadres, one
 * secretary per branch, secretaries for the general branches and the committee, and one admin.
 * Every password is DEMO_PASSWORD. Refuses to run on a database that already has members, so it
 * can never overwrite real data.
 */
import type { Db } from "../db/client";
import type { Role } from "../generated/prisma/enums";
import { hashPassword } from "../auth/password";
import { createUnit } from "../org/units";

export const DEMO_PASSWORD = "Demo#2026";

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = [
  "建国",
  "秀英",
  "志强",
  "海燕",
  "晓东",
  "丽娟",
  "国华",
  "春梅",
  "文博",
  "雪莲",
  "立新",
  "红梅",
  "振华",
  "静怡",
  "宏伟",
  "晓红",
  "永刚",
  "玉兰",
  "德明",
  "婷婷",
  "明辉",
  "淑芬",
  "伟",
  "敏",
  "磊",
  "丽",
  "洋",
  "艳",
  "勇",
  "军",
  "杰",
  "娟",
  "涛",
  "超",
  "明",
  "霞",
  "平",
  "刚",
  "桂英",
  "欣怡",
  "子涵",
  "浩然",
  "思远",
  "雨萱",
  "俊杰",
  "佳琪",
  "志明",
  "慧敏",
  "建军",
  "小兵",
  "晓峰",
  "美玲",
  "家豪",
  "梦瑶",
  "天宇",
  "若曦",
  "嘉怡",
  "鹏飞",
  "宇航",
  "晨曦",
  "书瑶",
  "一鸣",
];

/** Deterministic, distinct Chinese names. */
export function demoName(i: number): string {
  return SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[(i * 11) % GIVEN.length];
}

export const DEMO_TREE = {
  committee: { code: "sfq", name: "示范区机关党委" },
  generalBranches: [
    {
      code: "sfq-zz1",
      name: "综合党总支",
      branches: [
        { code: "sfq-zz1-01", name: "办公室党支部" },
        { code: "sfq-zz1-02", name: "组织人事党支部" },
        { code: "sfq-zz1-03", name: "机关事务党支部" },
      ],
    },
    {
      code: "sfq-zz2",
      name: "业务党总支",
      branches: [
        { code: "sfq-zz2-01", name: "财政科党支部" },
        { code: "sfq-zz2-02", name: "住建科党支部" },
        { code: "sfq-zz2-03", name: "信访科党支部" },
      ],
    },
  ],
} as const;

export async function seedDemo(d: Db): Promise<{ units: number; members: number }> {
  if ((await d.prisma.member.count()) > 0) throw new Error("数据库中已有成员，拒绝写入演示数据");
  const hash = await hashPassword(DEMO_PASSWORD);
  const accounts: { username: string; name: string; role: Role; unitId: number }[] = [];

  const committee = await createUnit(d, { ...DEMO_TREE.committee, kind: "COMMITTEE", parentId: null });
  accounts.push({ username: "admin", name: "系统管理员", role: "ADMIN", unitId: committee.id });
  accounts.push({ username: "dw01", name: demoName(100), role: "SECRETARY", unitId: committee.id });
  let units = 1;
  let branchNo = 0;
  let cadreNo = 0;
  for (const [gi, gb] of DEMO_TREE.generalBranches.entries()) {
    const g = await createUnit(d, { code: gb.code, name: gb.name, kind: "GENERAL_BRANCH", parentId: committee.id });
    accounts.push({ username: `zz0${gi + 1}`, name: demoName(90 + gi), role: "SECRETARY", unitId: g.id });
    units++;
    for (const b of gb.branches) {
      const branch = await createUnit(d, { code: b.code, name: b.name, kind: "BRANCH", parentId: g.id });
      units++;
      branchNo++;
      accounts.push({ username: `sec0${branchNo}`, name: demoName(70 + branchNo), role: "SECRETARY", unitId: branch.id });
      for (let k = 0; k < 10; k++) {
        cadreNo++;
        accounts.push({ username: `cadre${String(cadreNo).padStart(3, "0")}`, name: demoName(cadreNo), role: "CADRE", unitId: branch.id });
      }
    }
  }
  // One hash for the shared demo password keeps first start fast; real accounts each get their own salt.
  await d.prisma.member.createMany({ data: accounts.map((a) => ({ ...a, passwordHash: hash })) });
  return { units, members: accounts.length };
}
