import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { filesUnder } from "@/lib/test/app-files";

// What a client component imports for its values goes to the browser. One constant imported from
// lib/assessment/key-access.ts (which builds a Kysely statement) put Kysely and a Buffer polyfill in
// the exam player's chunk, about a third of its 81 kB. This walks the value imports from every
// "use client" module (not into "use server" modules: the browser gets references to those) and
// fails on any path to the database layer.

const ROOT = process.cwd();
const SERVER_ONLY = [/^kysely$/, /^pg(-|$)/, /^@prisma\//, /^@electric-sql\//, /^lib\/db\//, /^lib\/generated\/prisma\/(client|internal)/];
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The module specifiers a file imports for values (type-only imports and re-exports erased). */
function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const typeOnly =
        c !== undefined &&
        (c.isTypeOnly ||
          (!c.name && c.namedBindings !== undefined && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(n.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier) && !n.isTypeOnly) {
      out.push(n.moduleSpecifier.text);
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) {
      out.push(n.arguments[0].text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** A specifier as a repo-relative source file, or the bare package name. */
function resolve(from: string, spec: string): string {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return spec;
  const hit = [base, ...EXTENSIONS.map((e) => base + e)].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  return path
    .relative(ROOT, hit ?? base)
    .split(path.sep)
    .join("/");
}

/** The first import chain from `entry` to a server-only module, or null. */
function serverChain(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    for (const spec of valueImports(path.join(ROOT, file))) {
      const target = resolve(path.join(ROOT, file), spec);
      if (SERVER_ONLY.some((p) => p.test(target))) return [...chain, target];
      if (!/\.tsx?$/.test(target) || seen.has(target)) continue;
      // A "use server" module reaches the browser as references to its actions, not as code.
      if (/^\s*["']use server["']/.test(fs.readFileSync(path.join(ROOT, target), "utf8"))) continue;
      seen.add(target);
      const found = walk(target, [...chain, target]);
      if (found) return found;
    }
    return null;
  };
  return walk(entry, [entry]);
}

const clientModules = [...filesUnder("app"), ...filesUnder("components")]
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .filter((f) => /^\s*["']use client["']/.test(fs.readFileSync(f, "utf8")))
  .map((f) => f.split(path.sep).join("/"));

test("finds the client modules", () => {
  expect(clientModules.length).toBeGreaterThan(40);
  expect(clientModules).toContain("components/quiz/attempt-player.tsx");
});

test("no client module reaches the database layer through its value imports", () => {
  const chains = clientModules.map(serverChain).filter((c) => c !== null);
  expect(chains.map((c) => c.join(" → "))).toEqual([]);
});

test("the walk finds such a chain (key-access.ts builds a Kysely statement)", () => {
  expect(serverChain("lib/assessment/key-access.ts")?.at(-1)).toBe("kysely");
});
