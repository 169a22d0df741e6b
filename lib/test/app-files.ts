/**
 * The files under app/ that the guard, fuzz and end-to-end tests discover (pages, routes, server
 * actions), so that a new one is covered without being listed anywhere.
 */
import fs from "node:fs";
import path from "node:path";

export const APP = path.join(process.cwd(), "app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The paths under app/ (relative, with forward slashes, sorted) that `pattern` matches. */
export function appFiles(pattern: RegExp): string[] {
  return walk(APP)
    .map((f) => path.relative(APP, f).split(path.sep).join("/"))
    .filter((f) => pattern.test(f))
    .sort();
}
