/**
 * One-click reminders: everyone at and below a unit who is overdue or has not started gets an
 * in-app notification, and where the member's unit (or the nearest unit above it) has a group-bot
 * webhook (WeCom / DingTalk style), one text message per webhook lists them. Every reminder is
 * logged; the unique (assignment, member, channel, China day) key means a second click the same
 * day sends nothing again. A webhook that fails is un-logged so it can be retried the same day.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { NotFoundError, UserError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { unitInScope } from "../org/units";
import { assignmentForUnit } from "./assignments";
import { memberStates } from "./state";
import { chinaDay } from "./time";
import { sendWebhook, webhookUrlProblem, type WebhookTransport } from "./webhook-send";

/** Reminder rows an INSERT … ON CONFLICT DO NOTHING actually wrote. */
type Logged = TableRow<"reminder", "member_id">;
/** One group bot and the due members it reaches (ids and names in the same order). */
type Target = {
  url: NonNullable<Col<"org_unit", "webhook_url">>;
  unit_name: Col<"org_unit", "name">;
  ids: Col<"member", "id">[];
  names: Col<"member", "name">[];
};

export interface WebhookOutcome {
  /** The URL without its query string (which carries the bot's key). */
  target: string;
  members: number;
  ok: boolean;
  error?: string;
}

export interface RemindResult {
  /** Members who got an in-app reminder now. */
  notified: number;
  /** Members due a reminder who already had one today. */
  alreadyToday: number;
  webhooks: WebhookOutcome[];
}

/** Hides the bot key: WeCom's `?key=`, DingTalk's `?access_token=`. */
export function maskWebhook(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.search ? "?…" : ""}`;
  } catch {
    return "（无效地址）";
  }
}

/** A unit's group-bot URL as a secretary enters it (rules: ./webhook-send.ts); empty clears it. */
export const ZWebhookUrl = z
  .string()
  .trim()
  .max(500, "地址不能超过 500 个字符")
  .superRefine((s, ctx) => {
    const problem = s === "" ? null : webhookUrlProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** WeCom's text message; DingTalk's custom robots accept the same shape. Content is capped well under their 2048-byte limit. */
export function webhookPayload(unitName: string, title: string, dueDay: string, names: string[]) {
  const shown = names.slice(0, 30);
  const list = shown.join("、") + (names.length > shown.length ? ` 等 ${names.length} 人` : `（共 ${names.length} 人）`);
  return {
    msgtype: "text",
    text: { content: `【学习提醒】${unitName}：学习任务「${title}」截止日期 ${dueDay}。以下同志尚未完成：${list}。请尽快登录微信使用规范学堂完成学习。` },
  };
}

export async function remindLaggards(
  d: Db,
  viewer: Pick<Viewer, "id" | "role" | "unitId">,
  input: { unitId: number; assignmentId: number },
  opts: { transport?: WebhookTransport; now?: Date } = {},
): Promise<RemindResult> {
  const unit = await unitInScope(d, scopeRoot(viewer), input.unitId);
  if (!unit) throw new NotFoundError();
  const a = await assignmentForUnit(d, unit, input.assignmentId);
  if (!a) throw new NotFoundError();
  const now = opts.now ?? new Date();
  if (now < a.startsAt) throw new UserError("任务尚未开始，暂不需要提醒");
  const day = chinaDay(now);
  const { rows } = await memberStates(d, a.id, { unitId: unit.id, pageSize: 1_000_000 });
  const due = rows.filter((r) => r.state === "overdue" || r.state === "not_started");
  if (!due.length) return { notified: 0, alreadyToday: 0, webhooks: [] };

  const { rows: fresh } = await sql<Logged>`INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key, sent_by_id)
     SELECT ${unit.id}, ${a.id}, x, 'inapp', ${day}, ${viewer.id} FROM unnest(${due.map((r) => r.id)}::int[]) AS x
     ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id`.execute(kysely(d));
  const freshIds = new Set(fresh.map((r) => r.member_id));
  if (freshIds.size) {
    const overdue = due.filter((r) => freshIds.has(r.id) && r.state === "overdue").map((r) => r.id);
    const notStarted = due.filter((r) => freshIds.has(r.id) && r.state === "not_started").map((r) => r.id);
    const overdueTitle = `学习任务已逾期：${a.title}`;
    const overdueBody = `「${a.title}」已于 ${chinaDay(a.dueAt)} 截止，你还未完成，请尽快补学。`;
    const notStartedTitle = `学习提醒：${a.title}`;
    const notStartedBody = `「${a.title}」截止日期 ${chinaDay(a.dueAt)}，你还没有开始学习，请抓紧时间。`;
    await sql`INSERT INTO notification (member_id, kind, title, body, link)
       SELECT x, 'reminder', ${overdueTitle}, ${overdueBody}, '/learn' FROM unnest(${overdue}::int[]) AS x
       UNION ALL
       SELECT x, 'reminder', ${notStartedTitle}, ${notStartedBody}, '/learn' FROM unnest(${notStarted}::int[]) AS x`.execute(kysely(d));
  }

  // Group bots: the nearest unit on each member's path with a webhook.
  const { rows: targets } = await sql<Target>`WITH hooks AS (
       SELECT m.id, m.name, w.webhook_url AS url, w.name AS unit_name
       FROM member m JOIN org_unit u ON u.id = m.unit_id
       CROSS JOIN LATERAL (
         SELECT h.webhook_url, h.name FROM org_unit h WHERE h.id = ANY(u.path) AND h.webhook_url IS NOT NULL
         ORDER BY h.depth DESC LIMIT 1
       ) w
       WHERE m.id = ANY(${due.map((r) => r.id)}::int[])
     )
     SELECT url, min(unit_name) AS unit_name, array_agg(id ORDER BY name) AS ids, array_agg(name ORDER BY name) AS names
     FROM hooks GROUP BY url`.execute(kysely(d));
  const webhooks: WebhookOutcome[] = [];
  for (const t of targets) {
    const { rows: logged } = await sql<Logged>`INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key, sent_by_id)
       SELECT ${unit.id}, ${a.id}, x, 'webhook', ${day}, ${viewer.id} FROM unnest(${t.ids}::int[]) AS x
       ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id`.execute(kysely(d));
    if (!logged.length) continue;
    const ids = new Set(logged.map((r) => r.member_id));
    const names = t.ids.flatMap((id, i) => (ids.has(id) ? [t.names[i]] : []));
    const error = await sendWebhook(t.url, webhookPayload(t.unit_name, a.title, chinaDay(a.dueAt), names), opts.transport);
    if (error) {
      await sql`DELETE FROM reminder WHERE assignment_id = ${a.id} AND channel = 'webhook' AND day_key = ${day} AND member_id = ANY(${[...ids]}::int[])`.execute(
        kysely(d),
      );
    }
    webhooks.push({ target: maskWebhook(t.url), members: ids.size, ok: !error, ...(error ? { error } : {}) });
  }
  await recordAudit(d, {
    actorId: viewer.id,
    action: "reminder.send",
    entity: "assignment",
    entityId: String(a.id),
    after: { unitId: unit.id, day, notified: freshIds.size, webhooks: webhooks.map((w) => ({ target: w.target, members: w.members, ok: w.ok })) },
  });
  return { notified: freshIds.size, alreadyToday: due.length - freshIds.size, webhooks };
}

/**
 * 提醒 one member (from his row in the member list): an in-app notification, once per China day,
 * whatever his state short of completed. No group-bot message: naming one person in the branch's
 * group is for the secretary to decide, not a button. Scope: the unit and the member inside it.
 */
export async function remindMember(
  d: Db,
  viewer: Pick<Viewer, "id" | "role" | "unitId">,
  input: { unitId: number; assignmentId: number; memberId: number },
  opts: { now?: Date } = {},
): Promise<{ notified: boolean }> {
  const unit = await unitInScope(d, scopeRoot(viewer), input.unitId);
  if (!unit) throw new NotFoundError();
  const a = await assignmentForUnit(d, unit, input.assignmentId);
  if (!a) throw new NotFoundError();
  const [m] = (await memberStates(d, a.id, { unitId: unit.id, memberId: input.memberId, pageSize: 1 })).rows;
  if (!m) throw new NotFoundError();
  const now = opts.now ?? new Date();
  if (now < a.startsAt) throw new UserError("任务尚未开始，暂不需要提醒");
  if (m.state === "completed") throw new UserError(`${m.name}已完成此任务，无需提醒`);
  const day = chinaDay(now);
  const { rows: fresh } = await sql<Logged>`INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key, sent_by_id)
     VALUES (${unit.id}, ${a.id}, ${m.id}, 'inapp', ${day}, ${viewer.id})
     ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id`.execute(kysely(d));
  if (!fresh.length) return { notified: false };
  const overdue = m.state === "overdue";
  const title = overdue ? `学习任务已逾期：${a.title}` : `学习提醒：${a.title}`;
  const body = overdue
    ? `「${a.title}」已于 ${chinaDay(a.dueAt)} 截止，你还未完成，请尽快补学。`
    : `「${a.title}」截止日期 ${chinaDay(a.dueAt)}，已学 ${m.learned}/${m.lessons} 课时，请抓紧时间完成。`;
  await sql`INSERT INTO notification (member_id, kind, title, body, link) VALUES (${m.id}, 'reminder', ${title}, ${body}, '/learn')`.execute(kysely(d));
  await recordAudit(d, {
    actorId: viewer.id,
    action: "reminder.send",
    entity: "member",
    entityId: String(m.id),
    after: { assignmentId: a.id, unitId: unit.id, day, state: m.state },
  });
  return { notified: true };
}

/** Sets or clears (empty string) a unit's group-bot URL; scope checked in the UPDATE. */
export async function setUnitWebhook(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, unitId: number, url: string): Promise<void> {
  const scope = scopeRoot(viewer);
  const { rows } = await sql<
    TableRow<"org_unit", "id">
  >`UPDATE org_unit SET webhook_url = ${url || null} WHERE id = ${unitId} AND archived_at IS NULL AND (${scope}::int IS NULL OR path @> ARRAY[${scope}::int]) RETURNING id`.execute(
    kysely(d),
  );
  if (!rows.length) throw new NotFoundError();
  await recordAudit(d, {
    actorId: viewer.id,
    action: "unit.webhook",
    entity: "org_unit",
    entityId: String(unitId),
    after: { webhook: url ? maskWebhook(url) : null },
  });
}

/** The unit's own webhook (masked) and the nearest inherited one, for the settings form. */
export async function webhookOf(d: Db, unit: { id: number; path: number[] }): Promise<WebhookView> {
  const { rows } =
    await sql<WebhookRow>`SELECT id, name, webhook_url FROM org_unit WHERE id = ANY(${unit.path}::int[]) AND webhook_url IS NOT NULL ORDER BY depth DESC`.execute(
      kysely(d),
    );
  return webhookFromRows(rows, unit.id);
}

/** A unit on the path that has a bot (the query keeps only those, so its URL is there). */
export type WebhookRow = TableRow<"org_unit", "id" | "name"> & { webhook_url: NonNullable<Col<"org_unit", "webhook_url">> };

export type WebhookView = { own: string | null; inherited: { unitName: string; target: string } | null };

/** The unit's own bot and the nearest one above it, masked, from the path's units with a webhook (deepest first). */
export function webhookFromRows(rows: WebhookRow[], unitId: number): WebhookView {
  const own = rows.find((r) => r.id === unitId);
  const up = rows.find((r) => r.id !== unitId);
  return { own: own ? maskWebhook(own.webhook_url) : null, inherited: up ? { unitName: up.name, target: maskWebhook(up.webhook_url) } : null };
}
