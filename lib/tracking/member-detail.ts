/**
 * A member's page (成员详情) for a secretary or above: his assignments, lessons, and — for his own
 * branch's secretary only, with the read audited — his attempts and open mistakes.
 */
import { sql } from "kysely";
import { withoutScores, type TrackingViewer } from "./viewer-scope";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import { listMistakes, type MistakeEntry } from "../assessment/mistakes";
import { COURSE_ID } from "../content/queries";
import type { Db } from "../db/client";
import { kysely, type CamelRow, type Col, type TableRow } from "../db/kysely";
import type { UnitKind } from "../generated/prisma/enums";
import { memberInScope } from "../org/members";
import { assignmentsOfMember, type AssignmentRow } from "./assignments";
import { individualScoresVisible } from "./privacy";
import type { MemberStateRow } from "./state";

/** A submitted attempt on a member's page. */
type AttemptLine = CamelRow<"attempt", "kind" | "submitted_at" | "percent" | "passed"> & { id: Col<"attempt", "public_id">; quizTitle: Col<"quiz", "title"> };

export interface MemberDetail {
  /** `phone`: the contact the record holds, for the secretary who has to call him. */
  member: { id: number; name: string; username: string; phone: string | null; unitName: string; unitId: number };
  individual: boolean;
  assignments: (AssignmentRow & { state: MemberStateRow | null })[];
  modules: { slug: string; title: string; position: number; lessons: { id: string; title: string; learnedAt: Date | null; seenAt: Date | null }[] }[];
  attempts: AttemptLine[];
  mistakes: MistakeEntry[];
  /** Chinese titles of the rules the mistakes name (a secretary reads 规则 titles, not codes). */
  ruleTitles: Record<string, string>;
}

/** A member's page for a secretary or above: only within scope; scores only for his own secretary (audited). */
async function unitKindOf(d: Db, unitId: number): Promise<UnitKind> {
  const u = await d.prisma.orgUnit.findUnique({ where: { id: unitId }, select: { kind: true } });
  return u?.kind ?? "COMMITTEE";
}

export async function memberDetail(d: Db, viewer: TrackingViewer, memberId: number): Promise<MemberDetail> {
  const m = await memberInScope(d, scopeRoot(viewer), memberId);
  if (!m || !m.active) throw new NotFoundError();
  const viewerKind = await unitKindOf(d, viewer.unitId);
  const individual = individualScoresVisible(viewer, viewerKind, { id: m.unitId, path: m.unit.path });
  const assignments = (await assignmentsOfMember(d, m.id)).map(({ assignment, state }) => ({
    ...assignment,
    state: individual ? state : withoutScores(state),
  }));
  const { rows: lessonRows } = await sql<
    TableRow<"course_module", "slug" | "position"> &
      TableRow<"lesson", "id" | "title"> & {
        mtitle: Col<"course_module", "title">;
        learned_at: Col<"lesson_progress", "completed_at">;
        seen_at: Col<"lesson_progress", "last_seen_at"> | null;
      }
  >`SELECT cm.slug, cm.title AS mtitle, cm.position, l.id, l.title, p.completed_at AS learned_at, p.last_seen_at AS seen_at
     FROM course_module cm JOIN lesson l ON l.module_slug = cm.slug AND l.archived_at IS NULL
     LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = ${m.id}
     WHERE cm.course_id = ${COURSE_ID} AND cm.archived_at IS NULL ORDER BY cm.position, l.position`.execute(kysely(d));
  const modules: MemberDetail["modules"] = [];
  for (const r of lessonRows) {
    let mod = modules.at(-1);
    if (!mod || mod.slug !== r.slug) modules.push((mod = { slug: r.slug, title: r.mtitle, position: r.position, lessons: [] }));
    mod.lessons.push({ id: r.id, title: r.title, learnedAt: r.learned_at, seenAt: r.seen_at });
  }
  let attempts: MemberDetail["attempts"] = [];
  let mistakes: MistakeEntry[] = [];
  const ruleTitles: Record<string, string> = {};
  if (individual) {
    ({ rows: attempts } = await sql<AttemptLine>`SELECT t.public_id AS id, q.title AS "quizTitle", t.kind, t.submitted_at AS "submittedAt", t.percent, t.passed
       FROM attempt t JOIN quiz q ON q.id = t.quiz_id
       WHERE t.member_id = ${m.id} AND t.status = 'SUBMITTED' ORDER BY t.submitted_at DESC LIMIT 100`.execute(kysely(d)));
    mistakes = await listMistakes(d, m.id);
    const codes = [...new Set(mistakes.flatMap((x) => x.rules))];
    if (codes.length)
      for (const r of (await sql<TableRow<"rule", "code" | "title">>`SELECT code, title FROM rule WHERE code = ANY(${codes}::text[])`.execute(kysely(d))).rows)
        ruleTitles[r.code] = r.title;
    await recordAudit(d, { actorId: viewer.id, action: "scores.read", entity: "member", entityId: String(m.id), after: { view: "member-detail" } });
  }
  return {
    member: { id: m.id, name: m.name, username: m.username, phone: m.phone, unitName: m.unit.name, unitId: m.unitId },
    individual,
    assignments,
    modules,
    attempts,
    mistakes,
    ruleTitles,
  };
}
