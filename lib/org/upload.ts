/**
 * Reading an uploaded file from a request body, stopping as soon as it passes the limit instead of
 * buffering whatever a client sends. The file comes as the raw body (not multipart), its name in
 * the `x-file-name` header (URI-encoded: names are often Chinese).
 */
import { FILE_ERRORS, FileRejected, MAX_UPLOAD_BYTES } from "./read-table";

export class UploadTooLarge extends FileRejected {}

export async function readUpload(req: Request, max = MAX_UPLOAD_BYTES): Promise<{ name: string; bytes: Uint8Array }> {
  let name = "";
  try {
    name = decodeURIComponent(req.headers.get("x-file-name") ?? "");
  } catch {
    name = "";
  }
  if (!name) throw new FileRejected("缺少文件名");
  if (Number(req.headers.get("content-length") ?? 0) > max) throw new UploadTooLarge(FILE_ERRORS.tooLarge);
  const parts: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => {});
        throw new UploadTooLarge(FILE_ERRORS.tooLarge);
      }
      parts.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return { name: name.slice(0, 200), bytes };
}
