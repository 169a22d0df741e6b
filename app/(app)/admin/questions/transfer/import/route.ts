import { guardedRoute, jsonError } from "@/lib/auth/guard";
import { MAX_IMPORT_BYTES, importQuestions } from "@/lib/authoring/transfer";
import { db } from "@/lib/db/client";
import { BodyTooLarge, readBodyCapped } from "@/lib/security/body-limit";

/**
 * Imports a question file (multipart: file, mode=dry|apply, publish=1). A route handler rather
 * than a server action because files may exceed the server actions' body limit. Same-origin only
 * (the guard's CSRF check): a cross-site form cannot post a file here on an admin's behalf.
 */
export const POST = guardedRoute({ permission: "admin" }, async ({ req, viewer }) => {
  // The multipart body is read with a cap before it is parsed (a missing or false Content-Length
  // must not let a client stream any amount into formData()).
  let form: FormData;
  try {
    const bytes = await readBodyCapped(req, MAX_IMPORT_BYTES + 64 * 1024);
    form = await new Response(bytes, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch (e) {
    if (e instanceof BodyTooLarge) return jsonError(413, `文件过大：不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    return jsonError(400, "请选择要导入的文件");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return jsonError(400, "请选择要导入的文件");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importQuestions(db(), viewer.id, { name: file.name, bytes }, { apply: form.get("mode") === "apply", publish: form.get("publish") === "1" });
});
