/**
 * 学习报告: what a cadre has done, for the share image (lib/tracking/certificate-image.tsx):
 * points, streak, days practised, lessons learned, and his latest certificate's 查验码 (what
 * /verify checks), if he has one. One statement.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { chinaDay } from "../tracking/time";

export type LearningReport = TableRow<"member", "name"> & {
  unitName: Col<"org_unit", "name">;
  points: number;
  streak: number;
  daysPractised: number;
  lessonsLearned: number;
  certificateCode: Col<"certificate", "code"> | null;
  day: string;
};

export async function learningReport(d: Db, memberId: number, now = new Date()): Promise<LearningReport> {
  const day = chinaDay(now);
  const {
    rows: [r],
  } = await sql<Omit<LearningReport, "day">>`SELECT m.name, u.name AS "unitName",
       (SELECT coalesce(sum(points), 0)::int FROM point_event WHERE member_id = m.id) AS points,
       coalesce((SELECT s.streak FROM daily_set s WHERE s.member_id = m.id AND s.completed_at IS NOT NULL AND s.day >= ${day}::date - 1
                 ORDER BY s.day DESC LIMIT 1), 0) AS streak,
       (SELECT count(*)::int FROM daily_set s WHERE s.member_id = m.id AND s.completed_at IS NOT NULL) AS "daysPractised",
       (SELECT count(*)::int FROM lesson_progress p WHERE p.member_id = m.id AND p.completed_at IS NOT NULL) AS "lessonsLearned",
       (SELECT c.code FROM certificate c WHERE c.member_id = m.id ORDER BY c.issued_at DESC LIMIT 1) AS "certificateCode"
     FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.id = ${memberId}`.execute(kysely(d));
  return { ...r, day };
}
