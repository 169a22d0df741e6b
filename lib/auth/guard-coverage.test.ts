/**
 * Every page, layout, server action and route handler under app/ must go through the guard
 * (lib/auth/guard.ts) — or be on the short public list (lib/auth/public-routes.ts), with its reason. A new route that
 * forgets its guard fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { PUBLIC_ROUTES } from "./public-routes";
import { APP, appFiles } from "../test/app-files";

const entries = appFiles(/(^|\/)((page|layout|route|template|default)\.tsx?|actions\.ts)$/);

test("the app has routes to check", () => {
  expect(entries.length).toBeGreaterThan(5);
});

test.each(entries)("%s is guarded or deliberately public", (rel) => {
  const src = fs.readFileSync(path.join(APP, rel), "utf8");
  if (rel in PUBLIC_ROUTES) return;
  if (rel.endsWith("actions.ts")) {
    expect(src.startsWith('"use server"')).toBe(true);
    const exported = [...src.matchAll(/^export\s+(?:async\s+)?(?:const|function|let)\s+(\w+)/gm)].map((m) => m[1]);
    const guarded = [...src.matchAll(/^export\s+const\s+(\w+)\s*=\s*guardedAction\(/gm)].map((m) => m[1]);
    expect(exported.length).toBeGreaterThan(0);
    expect(guarded).toEqual(exported);
    return;
  }
  if (/route\.tsx?$/.test(rel)) {
    const methods = [...src.matchAll(/^export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]);
    const guarded = [...src.matchAll(/^export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*(?:guardedRoute|guardedCallerRoute)\(/gm)].map((m) => m[1]);
    expect(guarded).toEqual(methods);
    return;
  }
  // Pages and layouts: the guard must run before anything is read.
  expect(src).toMatch(/await requireViewer\(/);
});
