/**
 * Shared pieces of the fuzz suites (lib/fuzz/*.fuzz.db.test.ts): hostile values as fast-check
 * arbitraries, the keys and literals a zod schema knows (so random objects reach past the first
 * "expected object" check), and a fingerprint of everything the app stores.
 */
import fc from "fast-check";
import type { z } from "zod";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type DB } from "../db/kysely";

/** Runs per property; `FUZZ_RUNS=500 npx vitest run lib/fuzz` for a longer soak. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 40);

/** Strings that have broken real systems: injection, markup, Unicode edge cases, numbers out of range. */
export const NASTY = [
  "",
  " ",
  "'; DROP TABLE member; --",
  "1' OR '1'='1",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "x\uDBFFy",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "👨‍👩‍👧‍👦🏳️‍🌈",
  "𠀀𪚥",
  "e\u0301\u0301\u0301",
  "مرحبا بالعالم",
  "\r\n\t",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1",
  "1.5",
  "1e308",
  "-0",
  "2147483647",
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "99999999999999999999999999",
  "0x10",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00",
  "%E0%A4%A",
  "${7*7}",
  "{{7*7}}",
  "true",
  "[]",
  "{}",
];

const huge = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom("a", "字", "😀", "\u200B", "'", "<")).map(([n, c]) => c.repeat(n));

/** Hostile strings: the list above, random Unicode (lone surrogates included), and long ones. */
export function hostileString(plausible: string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    { weight: 1, arbitrary: huge },
    ...(plausible.length ? [{ weight: 3, arbitrary: fc.constantFrom(...plausible) }] : []),
  );
}

/** JSON nested `depth` levels deep (arrays and objects), up to ~100. */
export const deepJson = fc.tuple(fc.integer({ min: 1, max: 100 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 })).map(([depth, arrays, leaf]) => {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

const numbers = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any hostile value, leaning on the keys and literals a schema knows. */
export function hostileValue(known: Known, plausible: (string | number)[] = []): fc.Arbitrary<unknown> {
  const strings = hostileString([...known.literals, ...plausible.map(String)]);
  const scalar = fc.oneof(
    { weight: 4, arbitrary: strings },
    { weight: 2, arbitrary: numbers },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null) },
    ...(plausible.length ? [{ weight: 3, arbitrary: fc.constantFrom(...plausible) }] : []),
  );
  const keys = known.keys.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known.keys) }, { weight: 1, arbitrary: strings }) : strings;
  const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalar,
      fc.array(tie("tree"), { maxLength: 4 }),
      fc.dictionary(keys, tie("tree"), { maxKeys: 6 }),
    ),
  }));
  return fc.oneof({ weight: 5, arbitrary: tree }, { weight: 1, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: deepJson });
}

/** An object with (some of) the schema's keys, each a hostile value: gets past "expected object". */
export function hostileObject(known: Known, plausible: (string | number)[] = []): fc.Arbitrary<Record<string, unknown>> {
  const near = [...known.literals, ...plausible, ...NASTY.slice(0, 12)];
  // Half the time a value of the right kind (a real id, an enum value): so that a case often has
  // every field but one plausible and reaches the handler, not only the schema.
  const value = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...near) }, { weight: 1, arbitrary: hostileValue(known, plausible) });
  if (!known.keys.length) return fc.dictionary(hostileString(), value, { maxKeys: 4 });
  return fc.record(Object.fromEntries(known.keys.map((k) => [k, value])), { requiredKeys: [] });
}

export interface Known {
  keys: string[];
  literals: string[];
}

/** Every object key and string literal/enum value in a zod schema (zod 4 `def`s), recursively. */
export function knownOf(schema: z.ZodType | undefined): Known {
  const keys = new Set<string>();
  const literals = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (s: unknown, depth: number) => {
    if (!s || typeof s !== "object" || seen.has(s) || depth > 12) return;
    seen.add(s);
    const def = (s as { def?: Record<string, unknown> }).def;
    if (!def) return;
    const next = (x: unknown) => walk(x, depth + 1);
    switch (def.type) {
      case "object":
        for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
          keys.add(k);
          next(v);
        }
        break;
      case "enum":
        for (const v of Object.values(def.entries as Record<string, unknown>)) if (typeof v === "string") literals.add(v);
        break;
      case "literal":
        for (const v of def.values as unknown[]) if (typeof v === "string") literals.add(v);
        break;
      case "lazy":
        next((def.getter as () => unknown)());
        break;
      default:
        for (const k of ["innerType", "in", "out", "element", "left", "right", "keyType", "valueType", "rest"]) next(def[k]);
        for (const k of ["options", "items"]) if (Array.isArray(def[k])) (def[k] as unknown[]).forEach(next);
    }
  };
  walk(schema, 0);
  return { keys: [...keys], literals: [...literals] };
}

/**
 * What the database holds, cheaply: per table its row count and an md5 of its rows' physical
 * versions (ctid, xmin), which change on any insert, update or delete. Left out: the sign-in
 * bookkeeping (sessions, throttle, `auth.*` audit rows) and api_token.last_used_at, which a request
 * may legitimately touch whatever its outcome.
 */
export async function fingerprint(d: Db): Promise<string> {
  const tables = await tableNames(d);
  const parts = tables.map((t) =>
    t === "api_token"
      ? sql`SELECT ${sql.lit(t)} AS t, count(*)::int AS n, concat(max(id), '/', count(revoked_at)) AS h FROM api_token`
      : sql`SELECT ${sql.lit(t)} AS t, count(*)::int AS n, md5(coalesce(string_agg(ctid::text || xmin::text, ',' ORDER BY ctid), '')) AS h FROM ${sql.table(t)}
            ${t === "audit_event" ? sql`WHERE action NOT LIKE 'auth.%'` : sql``}`,
  );
  // Per table: its name, row count and hash (computed values; the names are the schema's tables).
  const { rows } = await sql<{ t: keyof DB; n: number; h: string }>`${sql.join(parts, sql` UNION ALL `)}`.execute(kysely(d));
  return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join("\n");
}

let cachedTables: (keyof DB)[] | undefined;
async function tableNames(d: Db): Promise<(keyof DB)[]> {
  cachedTables ??= (
    await sql<{ t: keyof DB }>`SELECT table_name AS t FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('auth_session', 'login_throttle') AND table_name NOT LIKE '\\_%' AND table_name NOT LIKE '%migration%'
       ORDER BY 1`.execute(kysely(d))
  ).rows.map((r) => r.t);
  return cachedTables;
}

/** Names the tables whose fingerprint changed, for a readable failure. */
export function changedTables(before: string, after: string): string[] {
  const a = new Map(before.split("\n").map((l) => [l.split(":")[0], l]));
  return after
    .split("\n")
    .filter((l) => a.get(l.split(":")[0]) !== l)
    .map((l) => l.split(":")[0]);
}

export const CHINESE = /[\u4e00-\u9fff]/;
/** zod's English defaults, which must never reach a user. */
export const ZOD_ENGLISH = /invalid input|expected \w+, received|too (big|small)|unrecognized key/i;
