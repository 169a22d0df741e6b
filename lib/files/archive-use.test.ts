/**
 * Every archive the app opens goes through lib/files/archive.ts (security review F1: the question
 * import handed uploads straight to exceljs, and a 408 KB zip bomb took the server down). This
 * fails when code outside the guarded reader opens a zip, an XLSX or a deflate stream by itself.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const OPENERS =
  /\bxlsx\.(load|read)\s*\(|WorkbookReader|\bcreateInflate(Raw)?\b|\binflate(Raw)?Sync\b|\bunzipSync\b|\bgunzip|from\s+"(fflate|unzipper|jszip|yauzl|adm-zip)"/;

/** Files allowed to open archives, and why. */
const ALLOWED: Record<string, string> = {
  "lib/files/archive.ts": "the guarded reader itself",
  "lib/org/table-xlsx.ts": "hands exceljs only the archive readArchive produced (rebuilt within its limits)",
  "lib/test/pdf-text.ts": "tests only: reads the PDFs the app itself generated",
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : walk(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !p.includes(`${path.sep}test${path.sep}zip-fixtures.ts`) ? [p] : [];
  });
}

test("no module opens an uploaded archive except through lib/files/archive.ts", () => {
  const root = process.cwd();
  const offenders = ["app", "lib", "components"]
    .flatMap((d) => walk(path.join(root, d)))
    .map((f) => path.relative(root, f).split(path.sep).join("/"))
    .filter((f) => !(f in ALLOWED) && OPENERS.test(fs.readFileSync(path.join(root, f), "utf8")));
  expect(offenders).toEqual([]);
  for (const f of Object.keys(ALLOWED)) expect(fs.existsSync(path.join(root, f)), f).toBe(true);
});
