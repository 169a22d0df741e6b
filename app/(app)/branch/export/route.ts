import { z } from "zod";
import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { EXPORT_KINDS, contentDisposition, toCsv, toXlsx } from "@/lib/tracking/exports";

const ZExportQuery = z.object({
  unit: zIdText("组织无效"),
  a: zIdText("学习任务无效"),
  kind: z.enum(["members", "rollup", "ledger"], { error: "导出类型应为 members、rollup 或 ledger" }),
  format: z.enum(["xlsx", "csv"], { error: "格式应为 xlsx 或 csv" }).default("xlsx"),
});

const WHAT = { members: "成员学习情况", rollup: "下级组织汇总", ledger: "学习台账" } as const;

/** /branch/export?unit=&a=&kind=members|rollup|ledger&format=xlsx|csv — scoped like the dashboard. */
export const GET = guardedRoute({ permission: "read:unit", query: ZExportQuery }, async ({ viewer, query }) => {
  const d = db();
  const table = await EXPORT_KINDS[query.kind](d, viewer, query.unit, query.a);
  const unit = await d.prisma.orgUnit.findUniqueOrThrow({ where: { id: query.unit }, select: { name: true } });
  const body = query.format === "csv" ? toCsv(table) : await toXlsx(table);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": query.format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(unit.name, WHAT[query.kind], query.format),
      "Cache-Control": "private, no-store",
    },
  });
});
