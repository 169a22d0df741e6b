import { z } from "zod";
import { guardedRoute } from "@/lib/auth/guard";
import { ZSlug } from "@/lib/content/schema";
import { exportJson, exportXlsx } from "@/lib/authoring/transfer-export";
import { db } from "@/lib/db/client";

const STATUS = { current: ["DRAFT", "PUBLISHED"], published: ["PUBLISHED"], all: ["DRAFT", "PUBLISHED", "ARCHIVED"] } as const;

const stamp = () => new Date().toISOString().slice(0, 10).replace(/-/g, "");

/** Downloads the current versions as a content/ questions file (JSON) or a sheet (XLSX, simple types). */
export const GET = guardedRoute(
  {
    permission: "admin",
    query: z.object({
      format: z.enum(["json", "xlsx"]).default("json"),
      module: z.preprocess((v) => (v === "" ? undefined : v), ZSlug.optional()),
      status: z.enum(["current", "published", "all"]).default("current"),
    }),
  },
  async ({ query }) => {
    const filter = { module: query.module, status: [...STATUS[query.status]] };
    const name = `weguide-questions-${query.module ?? "all"}-${stamp()}`;
    if (query.format === "json") {
      const { text } = await exportJson(db(), filter);
      return new Response(text, {
        headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${name}.json"` },
      });
    }
    const { buffer } = await exportXlsx(db(), filter);
    return new Response(new Uint8Array(buffer), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${name}.xlsx"`,
      },
    });
  },
);
