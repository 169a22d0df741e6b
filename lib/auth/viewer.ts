/**
 * Who is asking: the session row and its member, read on every request in one indexed query,
 * so that a deactivated member, a changed role or a signed-out session takes effect immediately.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { runPrepared, type Col, type TableRow } from "../db/kysely";
import { liveSession } from "./caller";

export type Viewer = TableRow<"member", "id" | "name" | "username" | "role"> & {
  unitId: Col<"member", "unit_id">;
  unitName: Col<"org_unit", "name">;
  /** Names the secretary's tab (党委 / 总支 / 支部); absent where a caller is not a session. */
  unitKind?: Col<"org_unit", "kind">;
  /** Ids from the root to the member's own unit. */
  unitPath: Col<"org_unit", "path">;
  mustChangePassword: Col<"member", "must_change_password">;
};

export async function loadViewer(d: Db, sessionId: string): Promise<Viewer | null> {
  // One statement (a sql template, not Prisma: it runs on every request, so skip Prisma's query compiler).
  const [v] = await runPrepared(
    d,
    "load-viewer", // every request: parsed once per connection
    sql<Viewer>`SELECT m.id, m.name, m.username, m.role, m.unit_id AS "unitId", u.name AS "unitName", u.kind AS "unitKind", u.path AS "unitPath",
            m.must_change_password AS "mustChangePassword"
     FROM auth_session s JOIN member m ON m.id = s.member_id JOIN org_unit u ON u.id = m.unit_id
     WHERE s.id = ${sessionId} AND ${liveSession}`,
  );
  return v ?? null;
}

/**
 * Whether the viewer may see data of a unit (given by its path). Admins see everything; a
 * secretary sees her own unit and everything below it; a cadre sees no unit's data, only his own.
 */
export function unitInScope(v: Pick<Viewer, "role" | "unitId">, unitPath: number[]): boolean {
  if (v.role === "ADMIN") return true;
  if (v.role === "SECRETARY") return unitPath.includes(v.unitId);
  return false;
}

/** The root of what the viewer may see: null means everything (admin). */
export function scopeRoot(v: Pick<Viewer, "role" | "unitId">): number | null {
  return v.role === "ADMIN" ? null : v.unitId;
}
