// The benchmark's "framework floor" (docs/scaling.md): the cheapest possible route in this same
// build — parse a JSON body, answer JSON. Disabled (404) unless the benchmark starts the server
// with WEGUIDE_BENCH=1. Reads and writes nothing. GET reports the statement counter.
import { statementCounter } from "@/lib/db/client";

const off = () => process.env.WEGUIDE_BENCH !== "1";

export async function PUT(req: Request) {
  if (off()) return Response.json({ error: "未找到" }, { status: 404 });
  const body: unknown = await req.json().catch(() => null);
  return Response.json({ saved: true, revision: body === null ? 0 : 1 });
}

export async function GET() {
  if (off()) return Response.json({ error: "未找到" }, { status: 404 });
  return Response.json({ statements: statementCounter.n });
}
