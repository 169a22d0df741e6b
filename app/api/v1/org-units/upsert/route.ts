import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ZUpsertOrgUnitsBody } from "@/lib/org/api-schemas";
import { syncOrgUnits } from "@/lib/org/sync-api";

// upsertOrgUnits: units by code, parents before children, in one transaction; never deletes.
export const POST = guardedRoute({ permission: "admin", body: ZUpsertOrgUnitsBody }, ({ viewer, body }) => syncOrgUnits(db(), viewer, body));
