import { ZAttemptParams } from "@/lib/api/schemas";
import { getAttempt } from "@/lib/assessment/attempts";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

// Scoped to the caller inside the query: anyone else's attempt is 404. Keys only as public-view allows.
export const GET = guardedRoute({ permission: "learn", params: ZAttemptParams }, ({ viewer, params }) => getAttempt(db(), viewer.id, params.attemptId));
