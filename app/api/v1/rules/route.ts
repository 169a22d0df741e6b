import { guardedRoute } from "@/lib/auth/guard";
import { listRules } from "@/lib/content/queries";
import { db } from "@/lib/db/client";

export const GET = guardedRoute({ permission: "learn" }, async () => ({ rules: await listRules(db()) }));
