/**
 * A cadre's own view: his assignments with state and days left, his notifications.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, runPrepared, type Col, type TableRow } from "../db/kysely";
import { syncMember } from "./aggregates";
import { assignmentsOfMember, type AssignmentRow } from "./assignments";
import type { MemberStateRow } from "./state";
import { daysLeft } from "./time";

export interface MyAssignment {
  assignment: AssignmentRow;
  state: MemberStateRow;
  /** China days until the deadline: 0 on the last day, negative when overdue. */
  daysLeft: number;
  certificateCode: string | null;
}

async function read(d: Db, memberId: number): Promise<MyAssignment[]> {
  return (await assignmentsOfMember(d, memberId)).map((x) => ({ ...x, daysLeft: daysLeft(x.assignment.dueAt) }));
}

/**
 * His assignments, open ones first (nearest deadline first), then completed. If one shows as
 * completed but was never recorded (a hook that did not run), it is recorded now, certificate included.
 */
export async function myAssignments(d: Db, memberId: number): Promise<MyAssignment[]> {
  let list = await read(d, memberId);
  if (list.some((m) => m.state.state === "completed" && !m.certificateCode)) {
    await syncMember(d, memberId);
    list = await read(d, memberId);
  }
  const rank = (m: MyAssignment) => (m.state.state === "completed" ? 1 : 0);
  return list.sort((x, y) => rank(x) - rank(y) || x.assignment.dueAt.getTime() - y.assignment.dueAt.getTime());
}

/** The id as text (a bigint; JSON and links take it as a string). */
export type NotificationRow = TableRow<"notification", "kind" | "title" | "body" | "link"> & {
  id: string;
  createdAt: Col<"notification", "created_at">;
  readAt: Col<"notification", "read_at">;
};

export async function myNotifications(d: Db, memberId: number, opts: { unreadOnly?: boolean; take?: number } = {}): Promise<NotificationRow[]> {
  return runPrepared(
    d,
    "my-notifications", // every cadre home
    sql<NotificationRow>`SELECT id::text, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt"
     FROM notification WHERE member_id = ${memberId} AND (${opts.unreadOnly ?? false} = false OR read_at IS NULL)
     ORDER BY created_at DESC, id DESC LIMIT ${opts.take ?? 20}`,
  );
}

/** How many notifications he has not read: the header's bell. One index range scan. */
export async function unreadNotificationCount(d: Db, memberId: number): Promise<number> {
  // Named: the header runs it on every page, so it is parsed once per connection.
  const [r] = await runPrepared(
    d,
    "unread-count",
    sql<{ n: number }>`SELECT count(*)::int AS n FROM notification WHERE member_id = ${memberId} AND read_at IS NULL`,
  );
  return r?.n ?? 0;
}

/** Marks his notifications read (all, or one by id); someone else's id changes nothing. */
export async function markNotificationsRead(d: Db, memberId: number, id?: string): Promise<number> {
  const only = id ?? null;
  const { rows } = await sql<
    Pick<NotificationRow, "id">
  >`UPDATE notification SET read_at = now() WHERE member_id = ${memberId} AND read_at IS NULL AND (${only}::bigint IS NULL OR id = ${only}::bigint) RETURNING id::text`.execute(
    kysely(d),
  );
  return rows.length;
}
