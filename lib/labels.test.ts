import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABEL, auditActionLabel, isAuditAction } from "./labels";

const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Dotted lowercase literals in files that write or read the audit trail, which are not actions. */
const NOT_ACTIONS = new Set(["x.id", "questions.xlsx"]);

/**
 * Every action the code writes, found the way a reviewer would: the dotted lowercase string
 * literals ("member.move", 'scores.read' in SQL) of every file that touches the audit trail.
 * (Actions built from a template, such as `${source.action}.create`, are typed AuditAction, so the
 * compiler checks those.)
 */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources("lib"), ...sources("app")]) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    if (file === path.join("lib", "labels.ts") || !/recordAudit|audit_event|AuditEntry|AuditAction/.test(text)) continue;
    for (const m of text.matchAll(/["'`]([a-z][a-z_]*(?:\.[a-z_]+)+)["'`]/g)) {
      // "m.id", "t.revoked_at": a column of a one- or two-letter table alias in a Kysely query, not an action.
      if (!NOT_ACTIONS.has(m[1]) && !/^[a-z]{1,2}\./.test(m[1])) found.set(m[1], file);
    }
  }
  return found;
}

test("every audit action written anywhere in the code has a Chinese name", () => {
  const found = writtenActions();
  // The scan sees the actions of every domain (a scan that found nothing would pass vacuously).
  for (const a of ["auth.sign_in", "member.create", "org_unit.move", "question.publish", "scores.read", "reminder.send", "assignment.create"])
    expect(found.has(a), a).toBe(true);
  const unnamed = [...found].filter(([a]) => !isAuditAction(a)).map(([a, file]) => `${a} (${file})`);
  expect(unnamed, "add these to AUDIT_ACTION_LABEL in lib/labels.ts").toEqual([]);
});

test("names are Chinese, and the log's filter offers every action", () => {
  for (const [code, label] of Object.entries(AUDIT_ACTION_LABEL)) {
    expect(label, code).toMatch(/[\u4e00-\u9fff]/);
    expect(label, code).not.toMatch(/[a-z]+\.[a-z_]+/);
  }
  // Groups do not overlap, and their names are distinct.
  for (const code of Object.keys(AUDIT_ACTION_LABEL)) expect(AUDIT_ACTION_GROUPS.filter((g) => code.startsWith(g.prefix)).length, code).toBeLessThanOrEqual(1);
  expect(new Set(AUDIT_ACTION_GROUPS.map((g) => g.label)).size).toBe(AUDIT_ACTION_GROUPS.length);
  // A code no longer written (an old row) still reads as Chinese, with the code for reference.
  expect(auditActionLabel("scores.read")).toBe("查看成绩");
  expect(auditActionLabel("legacy.thing")).toBe("其他操作（legacy.thing）");
});
