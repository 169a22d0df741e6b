import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { listOrgUnitsFor } from "@/lib/tracking/api";

export const GET = guardedRoute({ permission: "read:unit" }, async ({ viewer }) => listOrgUnitsFor(db(), viewer));
