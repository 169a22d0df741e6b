/**
 * One-click reminders: everyone at and below a unit who is overdue or has not started gets an
 * in-app notification, and where the member's unit (or the nearest unit above it) has a group-bot
 * webhook (WeCom / DingTalk style), one text message per webhook lists them. Every reminder is
 * logged; the unique (assignment, member, channel, China day) key means a second click the same
 * day sends nothing again. A webhook that fails is un-logged so it can be retried the same day.
 */
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { NotFoundError, UserError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { unitInScope } from "../org/units";
import { assignmentForUnit } from "./assignments";
import { memberStates } from "./state";
import { chinaDay } from "./time";
import { sendWebhook, webhookUrlProblem, type WebhookTransport } from "./webhook-send";

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

  const fresh = await d.raw.query<{ member_id: number }>(
    `INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key, sent_by_id)
     SELECT $1, $2, x, 'inapp', $3, $4 FROM unnest($5::int[]) AS x
     ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id`,
    [unit.id, a.id, day, viewer.id, due.map((r) => r.id)],
  );
  const freshIds = new Set(fresh.map((r) => r.member_id));
  if (freshIds.size) {
    const overdue = due.filter((r) => freshIds.has(r.id) && r.state === "overdue").map((r) => r.id);
    const notStarted = due.filter((r) => freshIds.has(r.id) && r.state === "not_started").map((r) => r.id);
    await d.raw.query(
      `INSERT INTO notification (member_id, kind, title, body, link)
       SELECT x, 'reminder', $2, $3, '/learn' FROM unnest($1::int[]) AS x
       UNION ALL
       SELECT x, 'reminder', $5, $6, '/learn' FROM unnest($4::int[]) AS x`,
      [
        overdue,
        `学习任务已逾期：${a.title}`,
        `「${a.title}」已于 ${chinaDay(a.dueAt)} 截止，你还未完成，请尽快补学。`,
        notStarted,
        `学习提醒：${a.title}`,
        `「${a.title}」截止日期 ${chinaDay(a.dueAt)}，你还没有开始学习，请抓紧时间。`,
      ],
    );
  }

  // Group bots: the nearest unit on each member's path with a webhook.
  const targets = await d.raw.query<{ url: string; unit_name: string; ids: number[]; names: string[] }>(
    `WITH hooks AS (
       SELECT m.id, m.name, w.webhook_url AS url, w.name AS unit_name
       FROM member m JOIN org_unit u ON u.id = m.unit_id
       CROSS JOIN LATERAL (
         SELECT h.webhook_url, h.name FROM org_unit h WHERE h.id = ANY(u.path) AND h.webhook_url IS NOT NULL
         ORDER BY h.depth DESC LIMIT 1
       ) w
       WHERE m.id = ANY($1::int[])
     )
     SELECT url, min(unit_name) AS unit_name, array_agg(id ORDER BY name) AS ids, array_agg(name ORDER BY name) AS names
     FROM hooks GROUP BY url`,
    [due.map((r) => r.id)],
  );
  const webhooks: WebhookOutcome[] = [];
  for (const t of targets) {
    const logged = await d.raw.query<{ member_id: number }>(
      `INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key, sent_by_id)
       SELECT $1, $2, x, 'webhook', $3, $4 FROM unnest($5::int[]) AS x
       ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id`,
      [unit.id, a.id, day, viewer.id, t.ids],
    );
    if (!logged.length) continue;
    const ids = new Set(logged.map((r) => r.member_id));
    const names = t.ids.flatMap((id, i) => (ids.has(id) ? [t.names[i]] : []));
    const error = await sendWebhook(t.url, webhookPayload(t.unit_name, a.title, chinaDay(a.dueAt), names), opts.transport);
    if (error) {
      await d.raw.query(`DELETE FROM reminder WHERE assignment_id = $1 AND channel = 'webhook' AND day_key = $2 AND member_id = ANY($3::int[])`, [
        a.id,
        day,
        [...ids],
      ]);
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
  const fresh = await d.raw.query<{ member_id: number }>(
    `INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key, sent_by_id)
     VALUES ($1, $2, $3, 'inapp', $4, $5)
     ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id`,
    [unit.id, a.id, m.id, day, viewer.id],
  );
  if (!fresh.length) return { notified: false };
  const overdue = m.state === "overdue";
  await d.raw.query(`INSERT INTO notification (member_id, kind, title, body, link) VALUES ($1, 'reminder', $2, $3, '/learn')`, [
    m.id,
    overdue ? `学习任务已逾期：${a.title}` : `学习提醒：${a.title}`,
    overdue
      ? `「${a.title}」已于 ${chinaDay(a.dueAt)} 截止，你还未完成，请尽快补学。`
      : `「${a.title}」截止日期 ${chinaDay(a.dueAt)}，已学 ${m.learned}/${m.lessons} 课时，请抓紧时间完成。`,
  ]);
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
  const rows = await d.raw.query<{ id: number }>(
    `UPDATE org_unit SET webhook_url = $2 WHERE id = $1 AND archived_at IS NULL AND ($3::int IS NULL OR path @> ARRAY[$3::int]) RETURNING id`,
    [unitId, url || null, scopeRoot(viewer)],
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
  const rows = await d.raw.query<{ id: number; name: string; webhook_url: string }>(
    `SELECT id, name, webhook_url FROM org_unit WHERE id = ANY($1::int[]) AND webhook_url IS NOT NULL ORDER BY depth DESC`,
    [unit.path],
  );
  return webhookFromRows(rows, unit.id);
}

export type WebhookView = { own: string | null; inherited: { unitName: string; target: string } | null };

/** The unit's own bot and the nearest one above it, masked, from the path's units with a webhook (deepest first). */
export function webhookFromRows(rows: { id: number; name: string; webhook_url: string }[], unitId: number): WebhookView {
  const own = rows.find((r) => r.id === unitId);
  const up = rows.find((r) => r.id !== unitId);
  return { own: own ? maskWebhook(own.webhook_url) : null, inherited: up ? { unitName: up.name, target: maskWebhook(up.webhook_url) } : null };
}
