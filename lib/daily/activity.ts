/**
 * Each member's last activity and current daily streak, for the secretary's member table: read in
 * the dashboard's own statement (lib/tracking/dashboard-sql.ts), so a dashboard stays two round trips.
 */
import { sql, type RawBuilder } from "kysely";
import { CHINA_TODAY_SQL } from "./points";

export interface MemberActivity {
  /** The last time he signed in, read a lesson, or answered; null: 从未登录 (never signed in). */
  lastActiveAt: Date | null;
  neverSignedIn: boolean;
  streak: number;
}

/** The activity columns as they come back in JSON (null when the statement did not read them). */
export interface ActivityJson {
  activeAt: string | null;
  signedIn: boolean | null;
  streak: number | null;
}

/**
 * A FROM-less SELECT of one member's activity (`memberId`: the SQL expression of his id), for a
 * LATERAL join; the caller may append a WHERE. Streaks count in China days, as the cadre sees them.
 */
export const memberActivitySql = (memberId: RawBuilder<number>) => sql<ActivityJson>`SELECT
       greatest((SELECT max(s.created_at) FROM auth_session s WHERE s.member_id = ${memberId}),
                (SELECT max(lp.last_seen_at) FROM lesson_progress lp WHERE lp.member_id = ${memberId}),
                (SELECT max(a.started_at) FROM attempt a WHERE a.member_id = ${memberId})) AS "activeAt",
       EXISTS (SELECT 1 FROM auth_session s WHERE s.member_id = ${memberId}) AS "signedIn",
       coalesce((SELECT ds.streak FROM daily_set ds WHERE ds.member_id = ${memberId} AND ds.completed_at IS NOT NULL
                 AND ds.day >= ${sql.raw(CHINA_TODAY_SQL)} - 1 ORDER BY ds.day DESC LIMIT 1), 0) AS streak`;

/** The activity read with a member's row, or null where it was not read. */
export const activityFromJson = (a: ActivityJson): MemberActivity | null =>
  a.signedIn === null ? null : { lastActiveAt: a.activeAt === null ? null : new Date(a.activeAt), neverSignedIn: !a.signedIn, streak: a.streak ?? 0 };
