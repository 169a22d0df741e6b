import { ZAttemptParams } from "@/lib/api/schemas";
import { getAttempt, submitAttempt } from "@/lib/assessment/attempts";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

// Idempotent: a repeated or concurrent submit finds the attempt closed and answers the same result.
export const POST = guardedRoute({ permission: "learn", params: ZAttemptParams }, async ({ viewer, params }) => {
  const d = db();
  await submitAttempt(d, viewer.id, params.attemptId);
  return getAttempt(d, viewer.id, params.attemptId);
});
