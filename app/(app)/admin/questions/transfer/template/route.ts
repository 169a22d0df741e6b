import { guardedRoute } from "@/lib/auth/guard";
import { xlsxTemplate } from "@/lib/authoring/transfer-export";
import { db } from "@/lib/db/client";

/** The XLSX template: the columns, the modules as a drop-down, two example rows and instructions. */
export const GET = guardedRoute({ permission: "admin" }, async () => {
  const buffer = await xlsxTemplate(db());
  return new Response(new Uint8Array(buffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="weguide-questions-template.xlsx"`,
    },
  });
});
