/**
 * The sync API's use-cases behind /api/v1/members/upsert and /api/v1/org-units/upsert: the
 * request is already shape-checked by guardedRoute (400 otherwise); here the batch is checked
 * against itself and the database, and any problem answers 422 with every field at fault.
 */
import type { z } from "zod";
import type { Db } from "../db/client";
import { jsonError } from "../auth/guard";
import type { Actor } from "./admin-actor";
import type { ZUpsertMembersBody, ZUpsertMembersResult, ZUpsertOrgUnitsBody, ZUpsertOrgUnitsResult } from "./api-schemas";
import { BatchRejected, applyBatch, dryRunBatch, type BatchIssue, type BatchMember } from "./member-batch";
import { SyncRejected, upsertOrgUnits } from "./upsert-org-units";

function rejected(prefix: string, issues: { index: number; field: string | null; message: string }[]): Response {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[`${prefix}.${i.index}${i.field ? `.${i.field}` : ""}`] ??= i.message;
  const first = issues[0];
  return jsonError(422, `第 ${first.index + 1} 项：${first.message}（共 ${issues.length} 处错误，未做任何修改）`, { fields });
}

const memberIssue = (i: BatchIssue) => ({ index: i.line, field: i.field, message: i.message });
/** Items are numbered from 1 in messages, from 0 in `fields` keys (members.0.phone). */
const itemRef = (line: number) => `第 ${line + 1} 项`;

export async function syncMembers(d: Db, actor: Actor, body: z.infer<typeof ZUpsertMembersBody>): Promise<Response | z.infer<typeof ZUpsertMembersResult>> {
  const batch: BatchMember[] = body.members.map((m, i) => ({ line: i, ...m }));
  if (body.dryRun) {
    const plan = await dryRunBatch(d, actor, batch, itemRef);
    if (plan.errors.length) return rejected("members", plan.errors.map(memberIssue));
    return { dryRun: true, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged, credentials: [] };
  }
  try {
    const r = await applyBatch(d, actor, batch, { action: "member.sync", detail: { source: "api" } }, itemRef);
    return {
      dryRun: false,
      created: r.created,
      updated: r.updated,
      unchanged: r.unchanged,
      credentials: r.credentials.map((c) => ({ username: c.username, initialPassword: c.initialPassword })),
    };
  } catch (e) {
    if (e instanceof BatchRejected) return rejected("members", e.plan.errors.map(memberIssue));
    throw e;
  }
}

export async function syncOrgUnits(d: Db, actor: Actor, body: z.infer<typeof ZUpsertOrgUnitsBody>): Promise<Response | z.infer<typeof ZUpsertOrgUnitsResult>> {
  try {
    return { dryRun: body.dryRun, ...(await upsertOrgUnits(d, actor, body.units, { dryRun: body.dryRun })) };
  } catch (e) {
    if (e instanceof SyncRejected) return rejected("units", e.errors);
    throw e;
  }
}
