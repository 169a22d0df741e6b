import { ZQuizParams } from "@/lib/api/schemas";
import { startAttempt } from "@/lib/assessment/attempts";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

// 201 for a new attempt, 200 when the open one is resumed (a retried POST is safe).
export const POST = guardedRoute({ permission: "learn", params: ZQuizParams }, async ({ viewer, params }) => {
  const { publicId, resumed } = await startAttempt(db(), viewer.id, params.quizId);
  return Response.json({ id: publicId, resumed }, { status: resumed ? 200 : 201, headers: { Location: `/api/v1/attempts/${publicId}` } });
});
