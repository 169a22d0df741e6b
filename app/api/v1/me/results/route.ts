import { listMyResults } from "@/lib/api/queries";
import { ZResultsQuery } from "@/lib/api/schemas";
import { guardedRoute, jsonError } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export const GET = guardedRoute({ permission: "learn", query: ZResultsQuery }, async ({ viewer, query }) => {
  const page = await listMyResults(db(), viewer.id, query);
  return page ?? jsonError(400, "分页游标无效", { fields: { cursor: "分页游标无效" } });
});
