// Public on purpose: the API's own description, generated from its zod schemas. It holds no data.
import { openApiDocument } from "@/lib/api/openapi";

/** A client that accepts no JSON (Accept without application/json, application/*, or a wildcard) gets a 406. */
function acceptsJson(accept: string | null): boolean {
  if (!accept?.trim()) return true;
  return accept.split(",").some((part) => {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return ["application/json", "application/*", "*/*"].includes(type.trim()) && (q === undefined || Number(q.slice(2)) > 0);
  });
}

export function GET(req: Request) {
  if (!acceptsJson(req.headers.get("accept"))) {
    return Response.json({ error: "本接口只提供 JSON 格式（Accept 须包含 application/json）" }, { status: 406, headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", Vary: "Accept" } });
}
