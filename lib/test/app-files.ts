/**
 * The files under app/ that the guard, fuzz and end-to-end tests discover (pages, routes, server
 * actions), so that a new one is covered without being listed anywhere; and the source files the
 * UI's scanning tests read (no emoji, no plain onClick button, no bare scroll box).
 */
import fs from "node:fs";
import path from "node:path";

export const APP = path.join(process.cwd(), "app");

/** Every file under `dir`, at any depth (paths joined onto `dir`). */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The paths under app/ (relative, with forward slashes, sorted) that `pattern` matches. */
export function appFiles(pattern: RegExp): string[] {
  return filesUnder(APP)
    .map((f) => path.relative(APP, f).split(path.sep).join("/"))
    .filter((f) => pattern.test(f))
    .sort();
}
