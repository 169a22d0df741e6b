import { ZAnswer, ZResponseParams } from "@/lib/api/schemas";
import { saveResponse } from "@/lib/assessment/attempts";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

// The hot path of an exam: the guard's one token/session query, then saveResponse's one statement.
// Nothing else may read the database here (lib/api/api.db.test.ts counts the statements).
export const PUT = guardedRoute({ permission: "learn", params: ZResponseParams, body: ZAnswer }, ({ viewer, params, body }) =>
  saveResponse(db(), viewer.id, params.attemptId, params.versionId, body),
);
