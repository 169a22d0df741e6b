// Public on purpose (load balancers probe it): reveals only the database kind and migration state.
import { db } from "@/lib/db/client";
import { migrationStatus } from "@/lib/db/migrate";
import { isDatabaseUnavailable } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

export async function GET() {
  const d = db();
  try {
    const s = await migrationStatus(d.raw);
    const upToDate = s.pending.length === 0 && s.problems.length === 0;
    return Response.json({ ok: upToDate, database: d.kind, migrations: { upToDate, applied: s.applied.length, pending: s.pending } });
  } catch (e) {
    const status = isDatabaseUnavailable(e) ? 503 : 500;
    return Response.json({ ok: false, database: d.kind, error: "数据库不可用" }, { status, headers: { "Retry-After": "5" } });
  }
}
