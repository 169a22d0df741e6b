import { z } from "zod";
import { guardedRoute, jsonError } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { credentialsWorkbook, importMembers } from "@/lib/org/import-members";
import { UploadTooLarge, readUpload } from "@/lib/org/upload";

// The admin's member import (app/(app)/admin/members/import): the file is the raw request body.
// Under /api so that no proxy buffers (and truncates) large uploads. A custom header is required,
// which a cross-site form cannot send.
const ZQuery = z.object({ mode: z.enum(["dry-run", "apply"], { error: "mode 应为 dry-run 或 apply" }) });

/** Initial passwords listed on the page; all of them are in the spreadsheet. */
const PREVIEW = 50;

export const POST = guardedRoute({ permission: "admin", query: ZQuery }, async ({ viewer, query, req }) => {
  let file;
  try {
    file = await readUpload(req);
  } catch (e) {
    if (e instanceof UploadTooLarge) return jsonError(413, e.message);
    throw e;
  }
  const out = await importMembers(db(), viewer, file, query.mode);
  if (!out.ok) return Response.json({ ok: false, report: out.report }, { status: 422, headers: { "Cache-Control": "no-store" } });
  const credentials = out.credentials.length
    ? { count: out.credentials.length, preview: out.credentials.slice(0, PREVIEW), xlsxBase64: (await credentialsWorkbook(out.credentials)).toString("base64") }
    : null;
  return Response.json({ ok: true, report: out.report, credentials }, { headers: { "Cache-Control": "no-store" } });
});
