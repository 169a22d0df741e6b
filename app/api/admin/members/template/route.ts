import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { importTemplate } from "@/lib/org/import-members";
import { unitOptions } from "@/lib/org/unit-options";

// The import template, with a real unit path of this deployment as the example.
export const GET = guardedRoute({ permission: "admin" }, async () => {
  const units = await unitOptions(db());
  const example = [...units].sort((a, b) => b.depth - a.depth)[0]?.label;
  const body = new Uint8Array(await importTemplate(example));
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="members-template.xlsx"; filename*=UTF-8''${encodeURIComponent("成员导入模板.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
});
