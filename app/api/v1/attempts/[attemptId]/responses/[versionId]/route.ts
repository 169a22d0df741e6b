import { ZAnswer, ZResponseParams } from "@/lib/api/schemas";
import { saveResponse } from "@/lib/assessment/attempts";
import { guardedCallerRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

// The hot path of an exam: one statement that authenticates the caller and saves the answer
// (lib/auth/caller.ts). Nothing else may read the database here (lib/api/responses.db.test.ts counts).
export const PUT = guardedCallerRoute({ permission: "learn", params: ZResponseParams, body: ZAnswer }, ({ caller, params, body }) =>
  saveResponse(db(), caller, params.attemptId, params.versionId, body),
);
