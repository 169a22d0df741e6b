/**
 * Reads for the lesson reader, the rule catalogue and search. Archived rows are never shown.
 */
import type { Db } from "../db/client";
import type { TCitation, TExample } from "./schema";

export const COURSE_ID = "wechat-conduct";

export interface LessonBody {
  explanation: string;
  quotes: { text: string; citation: TCitation }[];
  examples: TExample[];
  why: string;
}

/** A module with its lessons and the member's state for each. */
export async function getModule(d: Db, slug: string, memberId: number) {
  const mod = await d.prisma.courseModule.findFirst({
    where: { slug, archivedAt: null },
    select: {
      slug: true,
      title: true,
      summary: true,
      position: true,
      lessons: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          rules: true,
          readingMinutes: true,
          progress: { where: { memberId }, select: { completedAt: true, startedAt: true } },
        },
      },
    },
  });
  if (!mod) return null;
  return {
    ...mod,
    lessons: mod.lessons.map(({ progress, ...l }) => ({
      ...l,
      state: progress[0]?.completedAt ? ("learned" as const) : progress[0] ? ("started" as const) : ("new" as const),
    })),
  };
}

export async function listRules(d: Db) {
  return d.prisma.rule.findMany({
    where: { archivedAt: null },
    orderBy: { position: "asc" },
    select: { code: true, group: true, title: true, summary: true },
  });
}

export async function getRule(d: Db, code: string) {
  const rule = await d.prisma.rule.findFirst({
    where: { code, archivedAt: null },
    select: { code: true, group: true, title: true, summary: true, quote: true, citation: true, keywords: true },
  });
  if (!rule) return null;
  const [lessons, cases] = await Promise.all([
    d.prisma.lesson.findMany({
      where: { rules: { has: code }, archivedAt: null },
      select: { id: true, title: true, moduleSlug: true },
      orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
    }),
    d.prisma.case.findMany({ where: { rules: { has: code }, archivedAt: null }, select: { code: true, title: true }, orderBy: { code: "asc" } }),
  ]);
  return { ...rule, citation: rule.citation as unknown as TCitation, lessons, cases };
}

export { search, type SearchHit } from "./search";

export const RULE_GROUP_LABEL = {
  redline: "纪律红线",
  guide: "使用指南",
  message: "公务消息基本要求",
  usage: "公务微信使用规则",
  principle: "聊微信十大原则",
  local: "各地规定",
} as const;
