/**
 * "重新统计": a full recount of one assignment's completions and aggregates, asked for by a
 * secretary. Only for assignments made at her unit or below: one made above is the upper
 * level's to recount (it spans units she cannot see).
 */
import { sql } from "kysely";
import type { Viewer } from "../auth/viewer";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import { NotFoundError, UserError } from "../errors";
import { unitInScope } from "../org/units";
import { recomputeAssignment } from "./aggregates";

export async function recountAssignment(
  d: Db,
  viewer: Pick<Viewer, "id" | "role" | "unitId">,
  { unitId, assignmentId }: { unitId: number; assignmentId: number },
): Promise<{ newlyCompleted: number }> {
  const root = scopeRoot(viewer);
  const { rows } = await sql<TableRow<"assignment", "id">>`SELECT a.id FROM assignment a JOIN org_unit u ON u.id = a.unit_id
     WHERE a.id = ${assignmentId} AND a.archived_at IS NULL AND (${root}::int IS NULL OR u.path @> ARRAY[${root}::int])`.execute(kysely(d));
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
