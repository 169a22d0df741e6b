import { ZCheckInput } from "@/lib/api/schemas";
import { guardedRoute } from "@/lib/auth/guard";
import { checkMessage } from "@/lib/checker";

// Pure: no database beyond the guard's own lookup.
export const POST = guardedRoute({ permission: "learn", body: ZCheckInput, acceptsAnyText: true }, async ({ body }) => {
  const { verdict, findings } = checkMessage(body);
  return { verdict, findings: findings.map(({ code, severity, start, end, message, suggestion }) => ({ code, severity, start, end, message, suggestion })) };
});
