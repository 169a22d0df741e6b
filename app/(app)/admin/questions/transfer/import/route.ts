import { guardedRoute, jsonError } from "@/lib/auth/guard";
import { MAX_IMPORT_BYTES, importQuestions } from "@/lib/authoring/transfer";
import { db } from "@/lib/db/client";

/**
 * Imports a question file (multipart: file, mode=dry|apply, publish=1). A route handler rather
 * than a server action because files may exceed the server actions' body limit. Same-origin only:
 * a cross-site form cannot post a file here on an admin's behalf.
 */
export const POST = guardedRoute({ permission: "admin" }, async ({ req, viewer }) => {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!origin || !URL.canParse(origin) || new URL(origin).host !== host) return jsonError(403, "请求来源无效");
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_IMPORT_BYTES + 64 * 1024) return jsonError(413, `文件过大：不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return jsonError(400, "请选择要导入的文件");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return jsonError(400, "请选择要导入的文件");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importQuestions(db(), viewer.id, { name: file.name, bytes }, { apply: form.get("mode") === "apply", publish: form.get("publish") === "1" });
});
