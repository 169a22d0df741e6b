/**
 * Reading an uploaded file from a request body, stopping as soon as it passes the limit instead of
 * buffering whatever a client sends. The file comes as the raw body (not multipart), its name in
 * the `x-file-name` header (URI-encoded: names are often Chinese).
 */
import { BodyTooLarge, readBodyCapped } from "../security/body-limit";
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
  let bytes: Uint8Array;
  try {
    bytes = await readBodyCapped(req, max);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new UploadTooLarge(FILE_ERRORS.tooLarge);
    throw e;
  }
  return { name: name.slice(0, 200), bytes };
}
