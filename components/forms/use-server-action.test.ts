/**
 * Client components call server actions through one hook (use-server-action.ts), not with their
 * own pending/error state: a new `setPending(true)` beside an action call fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = path.join(process.cwd(), "components");
/** Not a server action: the button hands the browser to the identity provider and never comes back. */
const ALLOWED = new Set(["auth/sso-button.tsx"]);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : p.endsWith(".tsx") ? [p] : [];
  });
}

const clients = walk(ROOT)
  .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
  .filter((f) => fs.readFileSync(path.join(ROOT, f), "utf8").startsWith('"use client"'));

test("there are client components to check", () => {
  expect(clients.length).toBeGreaterThan(10);
});

test.each(clients.filter((f) => !ALLOWED.has(f)))("%s keeps no hand-rolled pending flag", (rel) => {
  const src = fs.readFileSync(path.join(ROOT, rel), "utf8");
  expect(src).not.toMatch(/\bsetPending\s*\(/);
});
