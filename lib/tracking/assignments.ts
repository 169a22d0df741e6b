/**
 * Assignments: a course and/or the final exam assigned to a unit, for everyone in it and below —
 * membership is read through org_unit.path at query time, so people who join later are included.
 * A secretary assigns within her unit and below, an admin anywhere: the scope is a condition of
 * the INSERT itself, so an out-of-scope unit simply finds nothing (→ 404). Withdrawing and
 * recounting ("重新统计") are for assignments made at the viewer's unit or below: one made above is
 * the upper level's (it spans units she cannot see).
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { NotFoundError, UserError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import { unitInScope } from "../org/units";
import { EXAM_ID } from "../assessment/quizzes";
import { COURSE_ID } from "../content/queries";
import type { Db } from "../db/client";
import { kysely, runPrepared, type CamelRow, type Col, type TableRow } from "../db/kysely";
import { recomputeAssignment } from "./aggregates";
import { MEMBER_STATE_COLUMNS, memberStateCtes, memberStateFromJson, type MemberStateJson, type MemberStateRow } from "./state";
import { chinaDay, endOfChinaDay, startOfChinaDay } from "./time";
import { zIdText } from "../db/ids";

export type AssignmentRow = CamelRow<
  "assignment",
  "id" | "title" | "unit_id" | "course_id" | "quiz_id" | "starts_at" | "due_at" | "created_at" | "created_by_id"
> & { unitName: Col<"org_unit", "name"> };

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const day = (what: string) => z.string({ error: `请选择${what}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `请选择${what}`);

export const ZAssignmentInput = z
  .object({
    unitId: zIdText("请选择组织"),
    title: z.string({ error: "请填写任务名称" }).trim().min(2, "任务名称至少 2 个字").max(60, "任务名称不能超过 60 个字"),
    course: checkbox,
    exam: checkbox,
    startsOn: day("开始日期"),
    dueOn: day("截止日期"),
  })
  .refine((v) => v.course || v.exam, { message: "课程学习和结业考试至少选一项", path: ["course"] })
  .refine((v) => !Number.isNaN(startOfChinaDay(v.startsOn).getTime()) && !Number.isNaN(endOfChinaDay(v.dueOn).getTime()), {
    message: "日期格式不正确",
    path: ["dueOn"],
  })
  .refine((v) => v.dueOn >= v.startsOn, { message: "截止日期不能早于开始日期", path: ["dueOn"] })
  .refine((v) => v.dueOn >= chinaDay(), { message: "截止日期不能早于今天", path: ["dueOn"] });
export type TAssignmentInput = z.infer<typeof ZAssignmentInput>;

const SELECT = sql.raw<AssignmentRow>(`SELECT a.id, a.unit_id AS "unitId", u.name AS "unitName", a.course_id AS "courseId", a.quiz_id AS "quizId",
  a.title, a.starts_at AS "startsAt", a.due_at AS "dueAt", a.created_at AS "createdAt", a.created_by_id AS "createdById"
  FROM assignment a JOIN org_unit u ON u.id = a.unit_id`);

/** The unit `u` lies at or below the viewer's scope root (`scopeRoot`; null for an admin: anywhere). */
const atOrBelow = (scope: number | null) => sql<boolean>`(${scope}::int IS NULL OR u.path @> ARRAY[${scope}::int])`;

/**
 * Creates the assignment (scope checked inside the INSERT), notifies everyone it applies to, and
 * builds its aggregates — members who already finished count as completed at once.
 */
export async function createAssignment(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, input: TAssignmentInput): Promise<AssignmentRow> {
  const scope = scopeRoot(viewer);
  const courseId = input.course ? COURSE_ID : null;
  const quizId = input.exam ? EXAM_ID : null;
  const {
    rows: [row],
  } = await sql<TableRow<"assignment", "id">>`INSERT INTO assignment (unit_id, course_id, quiz_id, title, starts_at, due_at, created_by_id)
     SELECT u.id, c.id, q.id, ${input.title}, ${startOfChinaDay(input.startsOn)}, ${endOfChinaDay(input.dueOn)}, ${viewer.id}
     FROM org_unit u
     LEFT JOIN course c ON c.id = ${courseId}
     LEFT JOIN quiz q ON q.id = ${quizId} AND q.archived_at IS NULL
     WHERE u.id = ${input.unitId} AND u.archived_at IS NULL AND ${atOrBelow(scope)}
       AND (${courseId}::text IS NULL OR c.id IS NOT NULL) AND (${quizId}::text IS NULL OR q.id IS NOT NULL)
     RETURNING id`.execute(kysely(d));
  if (!row) {
    // Either the unit is outside the scope (not found) or the course/exam is missing from the database.
    const unit = await d.prisma.orgUnit.findFirst({ where: { id: input.unitId, archivedAt: null, ...(scope === null ? {} : { path: { has: scope } }) } });
    if (!unit) throw new NotFoundError();
    throw new UserError("课程或结业考试尚未就绪，无法布置");
  }
  const a = await getAssignment(d, row.id);
  await recordAudit(d, {
    actorId: viewer.id,
    action: "assignment.create",
    entity: "assignment",
    entityId: String(a.id),
    after: { unitId: a.unitId, title: a.title, courseId: a.courseId, quizId: a.quizId, startsAt: a.startsAt.toISOString(), dueAt: a.dueAt.toISOString() },
  });
  await sql`INSERT INTO notification (member_id, kind, title, body, link)
     SELECT m.id, 'assignment', ${`新的学习任务：${a.title}`}, ${`${a.unitName}布置了学习任务，请在 ${chinaDay(a.dueAt)} 前完成。`}, '/learn'
     FROM member m JOIN org_unit u ON u.id = m.unit_id
     WHERE u.path @> ARRAY[${a.unitId}::int] AND m.active AND m.role <> 'ADMIN'`.execute(kysely(d));
  await recomputeAssignment(d, a.id);
  return a;
}

async function getAssignment(d: Db, id: number): Promise<AssignmentRow> {
  const {
    rows: [a],
  } = await sql<AssignmentRow>`${SELECT} WHERE a.id = ${id}`.execute(kysely(d));
  if (!a) throw new NotFoundError();
  return a;
}

/**
 * The assignments that concern a unit: those that apply to it (assigned to it or an ancestor) and
 * those assigned somewhere below it. Newest deadline first.
 */
export async function assignmentsForUnit(d: Db, unit: { id: number; path: number[] }): Promise<AssignmentRow[]> {
  const { rows } = await sql<AssignmentRow>`${SELECT} WHERE a.archived_at IS NULL AND (a.unit_id = ANY(${unit.path}::int[]) OR u.path @> ARRAY[${unit.id}::int])
     ORDER BY a.due_at DESC, a.id DESC LIMIT 100`.execute(kysely(d));
  return rows;
}

/** One assignment, only if it concerns the given unit (see assignmentsForUnit); else null. */
export async function assignmentForUnit(d: Db, unit: { id: number; path: number[] }, assignmentId: number): Promise<AssignmentRow | null> {
  const {
    rows: [a],
  } =
    await sql<AssignmentRow>`${SELECT} WHERE a.id = ${assignmentId} AND a.archived_at IS NULL AND (a.unit_id = ANY(${unit.path}::int[]) OR u.path @> ARRAY[${unit.id}::int])`.execute(
      kysely(d),
    );
  return a ?? null;
}

/** The live assignments that apply to a member (assigned to his unit or any unit above it). */
export interface AssignmentOfMember {
  assignment: AssignmentRow;
  /** His state in it (as the branch dashboard computes it: lib/tracking/state.ts). */
  state: MemberStateRow;
  certificateCode: string | null;
}

/**
 * The live assignments that apply to an active member (his unit or any above it), each with his
 * state and certificate, by deadline: one statement however many there are (his home and his
 * page for a secretary), the state computed per assignment by the dashboard's own CTEs.
 */
export async function assignmentsOfMember(d: Db, memberId: number): Promise<AssignmentOfMember[]> {
  const rows = await runPrepared(
    d,
    "assignments-of-member", // every cadre home: parsed once per connection
    sql<AssignmentRow & { state: MemberStateJson; certificateCode: Col<"certificate", "code"> | null }>`SELECT x.*, st.state, c.code AS "certificateCode"
     FROM (${SELECT} JOIN member m ON m.id = ${memberId} JOIN org_unit mu ON mu.id = m.unit_id
           WHERE a.archived_at IS NULL AND a.unit_id = ANY(mu.path) AND m.active AND m.role <> 'ADMIN') x
     CROSS JOIN LATERAL (
       WITH ${memberStateCtes({ assignment: sql.ref("x.id"), unit: sql.ref("x.unitId"), member: memberId, directOnly: sql.lit(false) })}
       SELECT to_jsonb(t) AS state FROM (SELECT ${MEMBER_STATE_COLUMNS} FROM s2 s) t
     ) st
     LEFT JOIN certificate c ON c.assignment_id = x.id AND c.member_id = ${memberId}
     ORDER BY x."dueAt", x.id`,
  );
  return rows.map(({ state, certificateCode, ...assignment }) => ({ assignment, state: memberStateFromJson(state), certificateCode }));
}

/** Withdraws an assignment (scope checked in the UPDATE): no longer listed, history kept. */
export async function withdrawAssignment(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, assignmentId: number): Promise<void> {
  const scope = scopeRoot(viewer);
  const { rows } = await sql<TableRow<"assignment", "id">>`UPDATE assignment a SET archived_at = now() FROM org_unit u
     WHERE a.id = ${assignmentId} AND u.id = a.unit_id AND a.archived_at IS NULL AND ${atOrBelow(scope)}
     RETURNING a.id`.execute(kysely(d));
  if (!rows.length) throw new NotFoundError();
  await recordAudit(d, { actorId: viewer.id, action: "assignment.withdraw", entity: "assignment", entityId: String(assignmentId) });
}

/**
 * "重新统计": a full recount of one assignment's completions and aggregates, asked for by a
 * secretary, for an assignment made at her unit or below (else 404 outside her scope, or a
 * message that it is the upper level's to recount).
 */
export async function recountAssignment(
  d: Db,
  viewer: Pick<Viewer, "id" | "role" | "unitId">,
  { unitId, assignmentId }: { unitId: number; assignmentId: number },
): Promise<{ newlyCompleted: number }> {
  const root = scopeRoot(viewer);
  const { rows } = await sql<TableRow<"assignment", "id">>`SELECT a.id FROM assignment a JOIN org_unit u ON u.id = a.unit_id
     WHERE a.id = ${assignmentId} AND a.archived_at IS NULL AND ${atOrBelow(root)}`.execute(kysely(d));
  if (!rows.length) {
    if (!(await unitInScope(d, root, unitId))) throw new NotFoundError();
    throw new UserError("该任务由上级组织布置，请由上级重新统计");
  }
  const r = await recomputeAssignment(d, assignmentId);
  await recordAudit(d, {
    actorId: viewer.id,
    action: "assignment.recompute",
    entity: "assignment",
    entityId: String(assignmentId),
    after: { newlyCompleted: r.newlyCompleted.length },
  });
  return { newlyCompleted: r.newlyCompleted.length };
}
