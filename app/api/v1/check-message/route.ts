import { ZCheckInput } from "@/lib/api/schemas";
import { guardedRoute } from "@/lib/auth/guard";
import { checkMessage } from "@/lib/checker";
import { MAX_CHECK_BODY_BYTES } from "@/lib/checker/schema";

// Pure: no database beyond the guard's own lookup. The body is capped before it is parsed (F2).
export const POST = guardedRoute({ permission: "learn", body: ZCheckInput, acceptsAnyText: true, maxBodyBytes: MAX_CHECK_BODY_BYTES }, async ({ body }) => {
  const { verdict, findings } = checkMessage(body);
  return {
    verdict,
    findings: findings.map(({ code, severity, start, end, message, suggestion, rule, triggers, basis }) => ({
      code,
      severity,
      start,
      end,
      message,
      suggestion,
      rule,
      triggers,
      basis,
    })),
  };
});
