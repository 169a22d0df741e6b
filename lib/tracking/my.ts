/**
 * A cadre's own view: his assignments with state and days left, his notifications.
 */
import type { Db } from "../db/client";
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

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export async function myNotifications(d: Db, memberId: number, opts: { unreadOnly?: boolean; take?: number } = {}): Promise<NotificationRow[]> {
  return d.raw.query<NotificationRow>(
    `SELECT id::text, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt"
     FROM notification WHERE member_id = $1 AND ($2 = false OR read_at IS NULL)
     ORDER BY created_at DESC, id DESC LIMIT $3`,
    [memberId, opts.unreadOnly ?? false, opts.take ?? 20],
    "my-notifications", // every cadre home
  );
}

/** How many notifications he has not read: the header's bell. One index range scan. */
export async function unreadNotificationCount(d: Db, memberId: number): Promise<number> {
  // Named: the header runs it on every page, so it is parsed once per connection.
  const [r] = await d.raw.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notification WHERE member_id = $1 AND read_at IS NULL`,
    [memberId],
    "unread-count",
  );
  return r?.n ?? 0;
}

/** Marks his notifications read (all, or one by id); someone else's id changes nothing. */
export async function markNotificationsRead(d: Db, memberId: number, id?: string): Promise<number> {
  const rows = await d.raw.query<{ id: string }>(
    `UPDATE notification SET read_at = now() WHERE member_id = $1 AND read_at IS NULL AND ($2::bigint IS NULL OR id = $2::bigint) RETURNING id::text`,
    [memberId, id ?? null],
  );
  return rows.length;
}
