/**
 * The audit trail is append-only: no code in the app may update or delete audit_event rows.
 * A database trigger would enforce it too, but needs a migration; until then this test fails as
 * soon as such a statement (SQL or Prisma) appears anywhere in lib/, app/ or scripts/, or in a
 * migration. It catches the spellings the codebase uses; it is a tripwire, not a proof.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = process.cwd();
const SELF = path.join(ROOT, "lib/audit/append-only.test.ts");

const FORBIDDEN: RegExp[] = [
  /\bUPDATE\s+(?:ONLY\s+)?(?:"?public"?\.)?"?audit_event"?\b/i,
  /\bDELETE\s+FROM\s+(?:ONLY\s+)?(?:"?public"?\.)?"?audit_event"?\b/i,
  /\bTRUNCATE\b[^;]*\baudit_event\b/i,
  /\bDROP\s+TABLE\b[^;]*\baudit_event\b/i,
  /\bauditEvent\s*\.\s*(?:update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/,
  /\bmodel\s*:\s*["']AuditEvent["'][^}]*\b(?:update|delete)/,
];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "generated" || e.name.startsWith(".") ? [] : walk(p);
    return /\.(ts|tsx|mts|mjs|js|sql)$/.test(e.name) ? [p] : [];
  });
}

const files = ["lib", "app", "scripts", "components", "prisma/migrations"].flatMap((d) => walk(path.join(ROOT, d))).filter((f) => f !== SELF);

test("the scan covers the code that writes the trail", () => {
  const rel = files.map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
  expect(rel).toContain("lib/audit/record.ts");
  expect(rel.some((f) => f.startsWith("app/"))).toBe(true);
});

test("the patterns catch what they are meant to catch", () => {
  const samples = [
    "UPDATE audit_event SET after = '{}'",
    'update "audit_event" set actor_id = 1',
    "DELETE FROM audit_event WHERE at < now()",
    "delete from public.audit_event",
    "TRUNCATE login_throttle, audit_event",
    "await tx.auditEvent.deleteMany({})",
    "d.prisma.auditEvent.update({ where: { id }, data })",
    "prisma.auditEvent .upsert(",
  ];
  for (const s of samples)
    expect(
      FORBIDDEN.some((re) => re.test(s)),
      s,
    ).toBe(true);
  for (const s of [
    "INSERT INTO audit_event (action) VALUES ('x')",
    "d.prisma.auditEvent.create({ data })",
    "prisma.auditEvent.findMany()",
    "UPDATE member SET name = $1",
  ]) {
    expect(
      FORBIDDEN.some((re) => re.test(s)),
      s,
    ).toBe(false);
  }
});

test("no code path updates or deletes audit entries", () => {
  const hits: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f, "utf8");
    for (const re of FORBIDDEN) {
      const m = re.exec(src);
      if (m) hits.push(`${path.relative(ROOT, f)}: ${m[0]}`);
    }
  }
  expect(hits).toEqual([]);
});
