import { describeMe } from "@/lib/api/queries";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export const GET = guardedRoute({ permission: "learn" }, ({ viewer }) => describeMe(db(), viewer));
