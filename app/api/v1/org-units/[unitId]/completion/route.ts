import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { orgUnitCompletion } from "@/lib/tracking/api";
import { ZCompletionQuery, ZOrgUnitParams } from "@/lib/tracking/api-schemas";

export const GET = guardedRoute({ permission: "read:unit", params: ZOrgUnitParams, query: ZCompletionQuery }, async ({ viewer, params, query }) =>
  orgUnitCompletion(db(), viewer, params.unitId, query),
);
