import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { orgUnitRollup } from "@/lib/tracking/api";
import { ZOrgUnitParams, ZRollupQuery } from "@/lib/tracking/api-schemas";

export const GET = guardedRoute({ permission: "read:unit", params: ZOrgUnitParams, query: ZRollupQuery }, async ({ viewer, params, query }) =>
  orgUnitRollup(db(), viewer, params.unitId, query.assignmentId),
);
