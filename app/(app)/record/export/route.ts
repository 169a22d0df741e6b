// 下载我的学习记录: the signed-in member's own data as JSON (never anyone else's).
import { myRecord } from "@/lib/account/my-record";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export const GET = guardedRoute({ permission: "learn" }, async ({ viewer }) => {
  const body = JSON.stringify(await myRecord(db(), viewer.id), null, 2);
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="weguide-record-${encodeURIComponent(viewer.username)}.json"`,
      "cache-control": "no-store",
    },
  });
});
