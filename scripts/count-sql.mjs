// Counts what docs/decisions/025 sets out to remove, in non-test code of lib/ and app/ (test
// files, lib/test/ and lib/generated/ excluded): raw-SQL call sites taking a string, the row
// types written by hand for them, and the `…Unsafe` calls. `node scripts/count-sql.mjs [--list]`.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const list = process.argv.includes("--list");

// The driver that runs compiled Kysely statements through `d.raw.query` is the new way itself.
const KYSELY_DRIVER = path.join("lib", "db", "kysely.ts");

function* files(dir) {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "node_modules" || p === path.join("lib", "test") || p === path.join("lib", "generated")) continue;
      yield* files(p);
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && p !== KYSELY_DRIVER) yield p;
  }
}

/** The text of a type argument list starting at `<` (balanced, `=>` not closing). */
function typeArg(text, at) {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === "<") depth++;
    else if (c === ">" && text[i - 1] !== "=" && --depth === 0) return text.slice(at + 1, i);
  }
  return "";
}

// Types that come from the schema (prisma-kysely's DB: a table's row, a column, a table's name) or
// from a Kysely builder.
const DERIVED = /\b(Selectable|InferResult|Insertable|Updateable|RowOf|TableRow|CamelRow|Col)\b|\bDB\[|\bkeyof DB\b/;
// The type of one computed value (`sql<boolean>\`x IS NULL\``): an expression's, not a row type.
const SCALAR = /^(boolean|number|string|bigint|Date|null|unknown|\[\]|\s|\|)+$/;

const kinds = {
  "raw.query": /\.raw\.query\s*(<|\()/g,
  "t.q/t.x": /\b[tq]\.[qx]\s*(<|\()/g,
  "conn.query": /\bconn\.query\s*(<|\()/g,
  // Prisma's own raw calls taking a string or a template of their own; `$queryRaw(statement)` with
  // a Prisma.Sql built from a compiled Kysely statement (lib/db/tx.ts) is Kysely's, not counted.
  $queryRaw: /\$queryRaw(?:Unsafe\s*(<|\()|\s*(`))/g,
  $executeRaw: /\$executeRaw(?:Unsafe\s*(<|\()|\s*(`))/g,
};
const counts = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
let handTyped = 0;
let unsafe = 0;
let sqlTemplates = 0;
let sqlHandTyped = 0;
const where = [];

// A named type declared from the schema counts as derived wherever it is used (a row type declared
// in one file of a module and imported by another, such as AttemptRow).
const derivedNames = new Set();
const all = [...files("lib"), ...files("app")];
for (const f of all) {
  const text = fs.readFileSync(path.join(root, f), "utf8");
  for (const m of text.matchAll(/\bexport\s+(?:type|interface)\s+(\w+)(?:<[^=>]*>)?\s*(?:=|extends)([^;]*)/g)) if (DERIVED.test(m[2])) derivedNames.add(m[1]);
}
for (const f of all) scan(f);

function scan(f) {
  const text = fs.readFileSync(path.join(root, f), "utf8");
  const line = (i) => text.slice(0, i).split("\n").length;
  // A named type declared in this file from the schema counts as derived (and exported ones, above).
  const local = new Set(derivedNames);
  for (const m of text.matchAll(/\b(?:type|interface)\s+(\w+)(?:<[^=>]*>)?\s*(?:=|extends)([^;]*)/g)) if (DERIVED.test(m[2])) local.add(m[1]);
  const isDerived = (t) => DERIVED.test(t) || [...t.matchAll(/\w+/g)].some((m) => local.has(m[0]));
  for (const [k, re] of Object.entries(kinds)) {
    for (const m of text.matchAll(re)) {
      counts[k]++;
      if (m[1] === "<") {
        const t = typeArg(text, m.index + m[0].length - 1);
        if (!isDerived(t)) {
          handTyped++;
          if (list) where.push(`${f}:${line(m.index)} ${k}<${t.replace(/\s+/g, " ").slice(0, 60)}>`);
        }
      } else if (list) where.push(`${f}:${line(m.index)} ${k}`);
    }
  }
  for (const m of text.matchAll(/\w+Unsafe\s*(<[^(]*)?\(/g)) {
    unsafe++;
    if (list) where.push(`${f}:${line(m.index)} ${m[0]}`);
  }
  for (const m of text.matchAll(/\bsql\s*(<|`)/g)) {
    sqlTemplates++;
    if (m[1] === "<") {
      const t = typeArg(text, m.index + m[0].length - 1);
      if (!isDerived(t) && !SCALAR.test(t)) {
        sqlHandTyped++;
        if (list) where.push(`${f}:${line(m.index)} sql<${t.replace(/\s+/g, " ").slice(0, 60)}>`);
      }
    }
  }
}

const total = Object.values(counts).reduce((a, b) => a + b, 0);
if (list) console.log(where.join("\n"));
console.log(
  `string raw-SQL call sites: ${total} (${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")})`,
);
console.log(`hand-written row types: ${handTyped + sqlHandTyped} (on string calls ${handTyped}, on sql\`\` templates ${sqlHandTyped})`);
console.log(`…Unsafe calls: ${unsafe}`);
console.log(`Kysely sql\`\` templates: ${sqlTemplates}`);
