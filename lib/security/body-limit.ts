/**
 * Reading a request body with a cap, before anything parses it: a declared Content-Length over the
 * cap is refused unread, and a body without one (chunked) is read only up to the cap. `req.text()`
 * or `req.formData()` would buffer whatever a client sends first.
 */

/** JSON bodies of /api/v1 and the other JSON routes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

export async function readBodyCapped(req: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > max) {
    await req.body?.cancel().catch(() => {});
    throw new BodyTooLarge();
  }
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
        throw new BodyTooLarge();
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
  return bytes;
}

/** A JSON media type: application/json, with parameters (charset) or not. */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && /^\s*application\/json\s*(;|$)/i.test(value);
}
