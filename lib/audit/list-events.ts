/**
 * Reading the audit trail for the admin's log viewer: filter by who, what, which entity and when;
 * newest first, paginated by id (keyset: fast at any depth of a long log). Read only — the trail
 * is append-only and nothing in the app updates or deletes it (lib/audit/append-only.test.ts).
 *
 * Score reads (`scores.read`: every dashboard page, member detail, export and API call writes one)
 * outnumber everything else by far, so the log lists them only when asked for by name and otherwise
 * summarises them per viewer per day (summariseScoreReads): the member and organisation events an
 * auditor looks for are not buried under them.
 */
import { z } from "zod";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import type { Prisma } from "../generated/prisma/client";
import { storable } from "../security/storable";
import { chinaDay, startOfChinaDay } from "../tracking/time";

export const AUDIT_PAGE_SIZE = 50;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(storable)
    .optional()
    .catch(undefined)
    .transform((s) => (s ? s : undefined));
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)))
  .optional()
  .catch(undefined);

/** Query-string filters; anything malformed is ignored rather than an error page. */
export const ZAuditFilter = z.object({
  actor: text(64),
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*(\.\*)?$/)
    .max(64)
    .optional()
    .catch(undefined),
  entity: z
    .string()
    .regex(/^[a-z_]{1,32}$/)
    .optional()
    .catch(undefined),
  entityId: text(64),
  from: day,
  to: day,
  /** Show entries older than this id (the next page). */
  before: z.coerce.bigint().positive().optional().catch(undefined),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export interface AuditRow {
  id: string;
  at: Date;
  actor: { id: number; username: string; name: string } | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export const SCORE_READ = "scores.read";

/** Ids of the members an actor filter ("张三" or a login name) matches; null for no filter. */
async function actorFilterIds(d: Db, actor: string | undefined): Promise<number[] | null> {
  if (!actor) return null;
  const ids = await d.prisma.member.findMany({
    where: { OR: [{ username: actor }, { name: { contains: actor } }] },
    select: { id: true },
    take: 200,
  });
  return ids.map((m) => m.id);
}

export async function listAuditEvents(d: Db, f: TAuditFilter): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const and: Prisma.AuditEventWhereInput[] = [];
  const ids = await actorFilterIds(d, f.actor);
  if (ids) and.push({ actorId: { in: ids } });
  if (f.action) and.push(f.action.endsWith(".*") ? { action: { startsWith: f.action.slice(0, -1) } } : { action: f.action });
  if (f.action !== SCORE_READ) and.push({ action: { not: SCORE_READ } });
  if (f.entity) and.push({ entity: f.entity });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.from) and.push({ at: { gte: startOfChinaDay(f.from) } });
  if (f.to) and.push({ at: { lt: new Date(startOfChinaDay(f.to).getTime() + 24 * 3600 * 1000) } });
  if (f.before !== undefined) and.push({ id: { lt: f.before } });
  const events = await d.prisma.auditEvent.findMany({ where: { AND: and }, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((e) => e.actorId).filter((x): x is number => x !== null))];
  const actors = new Map(
    (await d.prisma.member.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true, name: true } })).map((m) => [m.id, m]),
  );
  return {
    rows: page.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      actor: e.actorId === null ? null : (actors.get(e.actorId) ?? { id: e.actorId, username: "?", name: "（已删除）" }),
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      ip: e.ip,
    })),
    nextBefore: events.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id.toString() : null,
  };
}

export interface ScoreReadDay {
  /** The day in China, YYYY-MM-DD. */
  day: string;
  actor: { id: number; username: string; name: string } | null;
  /** Score reads that day (page views, detail views, exports, API calls). */
  reads: number;
  /** Distinct members whose scores were on what he read. */
  members: number;
}

/** Days the summary covers when the filter names none: the last week. */
export const SCORE_READ_DEFAULT_DAYS = 7;
const SUMMARY_ROWS = 100;

/**
 * `at` is a UTC timestamp without zone (as Prisma writes it): days are computed in China's zone.
 * Score reads per viewer per China day, newest day first, within the filter's actor and days (the
 * last SCORE_READ_DEFAULT_DAYS days when no start is given). One grouped query over the `at` index.
 */
export async function summariseScoreReads(d: Db, f: TAuditFilter, now = new Date()): Promise<{ from: string; to: string | null; rows: ScoreReadDay[] }> {
  const ids = await actorFilterIds(d, f.actor);
  const from = f.from ?? chinaDay(new Date(now.getTime() - (SCORE_READ_DEFAULT_DAYS - 1) * 24 * 3600 * 1000));
  const start = startOfChinaDay(from).toISOString();
  const end = f.to ? new Date(startOfChinaDay(f.to).getTime() + 24 * 3600 * 1000).toISOString() : null;
  // A member read from a LEFT JOIN: his columns may be null.
  type Day = TableRow<"audit_event", "actor_id"> & {
    day: string;
    username: Col<"member", "username"> | null;
    name: Col<"member", "name"> | null;
    reads: number;
    members: number;
  };
  const { rows } = await sql<Day>`WITH e AS (
       SELECT id, actor_id, to_char((at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, entity, entity_id, after
       FROM audit_event
       WHERE action = ${SCORE_READ} AND at >= (${start}::timestamptz AT TIME ZONE 'UTC') AND (${end}::timestamptz IS NULL OR at < (${end}::timestamptz AT TIME ZONE 'UTC')) AND (${ids}::int[] IS NULL OR actor_id = ANY(${ids}::int[]))
     )
     SELECT e.day, e.actor_id, m.username, m.name, count(DISTINCT e.id)::int AS reads,
            count(DISTINCT coalesce(seen.id, CASE WHEN e.entity = 'member' THEN e.entity_id END))::int AS members
     FROM e
     LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.after -> 'members') = 'array' THEN e.after -> 'members' END) AS seen(id) ON true
     LEFT JOIN member m ON m.id = e.actor_id
     GROUP BY e.day, e.actor_id, m.username, m.name
     ORDER BY e.day DESC, reads DESC, e.actor_id
     LIMIT ${sql.lit(SUMMARY_ROWS)}`.execute(kysely(d));
  return {
    from,
    to: f.to ?? null,
    rows: rows.map((r) => ({
      day: r.day,
      actor: r.actor_id === null ? null : { id: r.actor_id, username: r.username ?? "?", name: r.name ?? "（已删除）" },
      reads: r.reads,
      members: r.members,
    })),
  };
}

export interface EntityRef {
  entity: string | null;
  entityId: string | null;
}

/**
 * The Chinese names of the objects on a page of the log (a member's name, a unit's, an assignment's
 * or quiz's title, a question's stem), so the auditor reads "成员 张三" rather than "member #17".
 * A handful of keyed lookups per page; an id that no longer resolves is left without a name.
 */
export async function entityNames(d: Db, refs: EntityRef[]): Promise<Map<string, string>> {
  const k = kysely(d);
  // `col = ANY($n::type[])`, as the statements always read it (one parameter, the array).
  const anyOf = (col: string, values: (string | number)[], type: "int" | "text") => sql<boolean>`${sql.ref(col)} = ANY(${values}::${sql.raw(type)}[])`;
  const want = (entity: string) => [...new Set(refs.filter((r) => r.entity === entity && r.entityId).map((r) => r.entityId!))];
  const ints = (xs: string[]) => xs.filter((x) => /^\d{1,9}$/.test(x)).map(Number);
  const out = new Map<string, string>();
  const put = (entity: string, rows: { id: string | number; name: string }[]) => {
    for (const r of rows) out.set(`${entity}:${r.id}`, r.name);
  };
  const [members, units, assignments, quizzes, questions] = await Promise.all([
    k
      .selectFrom("member")
      .select(["id", "name"])
      .where(anyOf("id", ints(want("member")), "int"))
      .execute(),
    k
      .selectFrom("org_unit")
      .select(["id", "name"])
      .where(anyOf("id", ints(want("org_unit")), "int"))
      .execute(),
    k
      .selectFrom("assignment")
      .select(["id", "title as name"])
      .where(anyOf("id", ints(want("assignment")), "int"))
      .execute(),
    k
      .selectFrom("quiz")
      .select(["id", "title as name"])
      .where(anyOf("id", want("quiz"), "text"))
      .execute(),
    k
      .selectFrom("question as q")
      .innerJoin("question_version as v", (j) => j.onRef("v.question_id", "=", "q.id").onRef("v.version", "=", "q.current_version"))
      .select(["q.id", sql<string>`left(v.payload ->> 'stem', 40)`.as("name")])
      .where(anyOf("q.id", want("question"), "text"))
      .execute(),
  ]);
  put("member", members);
  put("org_unit", units);
  put("assignment", assignments);
  put("quiz", quizzes);
  put(
    "question",
    questions.filter((q) => q.name),
  );
  return out;
}
