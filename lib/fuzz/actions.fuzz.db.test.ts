/**
 * Property-based fuzzing of every server action under app/ (every `actions.ts`, discovered from the
 * file tree). Each action's guarded core (`ACTION_REGISTRY[].run`, lib/auth/guard.ts: permission,
 * zod parse, handler — exactly what the action does once the session is known) is called with
 * hostile plain objects, FormData and stray values, as a signed-in admin and a signed-in cadre.
 * For every case: `run` never throws (a throw is a 500 in production; a redirect() is a success),
 * a refusal is `{ ok: false, error }` with a Chinese message and never the catch-all
 * "服务器内部错误", and a refused call writes nothing.
 *
 * Padded input — every field whitespace up to Next's 1 MB action body limit, as the outside probe
 * padded the message checker (review F2) — must be answered within a CPU budget too.
 *
 * Outside Next, `revalidatePath` throws ("static generation store missing") — only after a handler
 * has done its work. Nothing is stubbed: a case whose only error is that one is counted as a
 * success that could not finish its cache invalidation here (see `revalidateOnly`).
 */
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { startAttempt } from "../assessment/attempts";
import { EXAM_ID } from "../assessment/quizzes";
import { ACTION_REGISTRY, type ActionResult } from "../auth/guard";
import { signInWithPassword } from "../auth/sign-in";
import { loadViewer, type Viewer } from "../auth/viewer";
import { db, type Db } from "../db/client";
import { TEST_PASSWORD, makeMember, makeTree } from "../test/factories";
import { bootContent } from "../test/authoring";
import { APP, appFiles } from "../test/app-files";
import { CHINESE, RUNS, ZOD_ENGLISH, changedTables, fingerprint, hostileObject, hostileString, hostileValue, knownOf } from "./hostile";

/** Actions that cannot run outside Next's request context at all, with the reason. */
const EXCLUDED: Record<string, string> = {};

const INTERNAL = /服务器内部错误/;
/** CPU one action call may take: generous, for a busy 2-core machine (the probe's padded check took 2–3 s). */
const CPU_BUDGET_MS = Number(process.env.FUZZ_PADDED_CPU_MS) || 2_000;

const actionFiles = appFiles(/(^|\/)actions\.ts$/);

type Entry = (typeof ACTION_REGISTRY)[number] & { name: string };
const entries: Entry[] = [];
let d: Db;
let viewers: { admin: Viewer; cadre: Viewer };
let plausible: (string | number)[] = [];
const totals = { cases: 0, outcomes: new Map<string, number>() };
const count = (k: string) => totals.outcomes.set(k, (totals.outcomes.get(k) ?? 0) + 1);

// Register every action: import each actions.ts and name the registry entries by their export.
for (const rel of actionFiles) {
  const mod = (await import(/* @vite-ignore */ path.join(APP, rel))) as Record<string, unknown>;
  for (const [exportName, fn] of Object.entries(mod)) {
    const entry = ACTION_REGISTRY.find((e) => e.action === fn);
    if (!entry) throw new Error(`${rel}#${exportName} is not a guardedAction`);
    entry.name = `${rel}#${exportName}`;
    entries.push(entry as Entry);
  }
}

async function signedIn(d: Db, username: string): Promise<Viewer> {
  const r = await signInWithPassword(d, { username, password: TEST_PASSWORD });
  if (!r.ok) throw new Error(`sign-in failed for ${username}`);
  return (await loadViewer(d, r.sessionId))!;
}

beforeAll(async () => {
  d = db();
  await bootContent(d);
  const tree = await makeTree(d);
  const admin = await makeMember(d, tree.committee, "ADMIN");
  const cadre = await makeMember(d, tree.branchA);
  viewers = { admin: await signedIn(d, admin.username), cadre: await signedIn(d, cadre.username) };
  const attempt = await startAttempt(d, cadre.id, EXAM_ID);
  const one = async (sql: string) => (await d.raw.query<{ v: string | number }>(sql))[0]?.v;
  const found = await Promise.all([
    one(`SELECT min(id) AS v FROM question_version`),
    one(`SELECT min(id) AS v FROM lesson`),
    one(`SELECT min(id) AS v FROM question`),
    one(`SELECT min(id) AS v FROM quiz`),
  ]);
  plausible = [
    ...found.filter((v): v is string | number => v !== undefined && v !== null),
    EXAM_ID,
    attempt.publicId,
    tree.branchA.id,
    String(tree.branchB.id),
    tree.committee.id,
    cadre.id,
    String(cadre.id),
    cadre.username,
    TEST_PASSWORD,
  ];
});

afterAll(() => {
  const outcomes = [...totals.outcomes].map(([k, n]) => `${k}×${n}`).join(" ");
  console.log(`[fuzz] actions: ${totals.cases} cases over ${entries.length - Object.keys(EXCLUDED).length} actions (${outcomes})`);
});

/** A FormData as a browser form would send it: every value a string (or a file). */
function toForm(o: Record<string, unknown>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v)) for (const x of v) f.append(k, typeof x === "string" ? x : (JSON.stringify(x) ?? ""));
    else if (v && typeof v === "object") f.append(k, new Blob([JSON.stringify(v)]), "x.json");
    else f.append(k, typeof v === "string" ? v : String(v));
  }
  return f;
}

/** The input, readable in a failure message (FormData as its entries). */
const shown = (v: unknown) =>
  JSON.stringify(v instanceof FormData ? { FormData: [...v.entries()].map(([k, x]) => [k, typeof x === "string" ? x : `<file ${x.size}>`]) } : v)?.slice(
    0,
    400,
  );

const isRedirect = (e: unknown) => typeof (e as { digest?: unknown })?.digest === "string" && (e as { digest: string }).digest.startsWith("NEXT_REDIRECT");
const isRevalidateOutsideNext = (e: unknown) => e instanceof Error && /static generation store missing in revalidatePath/.test(e.message);

test("every action is registered, and exclusions name real actions", () => {
  expect(entries.length).toBeGreaterThan(20);
  for (const name of Object.keys(EXCLUDED)) expect(entries.map((e) => e.name)).toContain(name);
});

describe("server actions", () => {
  test.each(actionFiles)(
    "%s: hostile input is refused cleanly and writes nothing",
    async (rel) => {
      for (const entry of entries.filter((e) => e.name.startsWith(`${rel}#`) && !(e.name in EXCLUDED))) {
        const known = knownOf(entry.opts.schema);
        const withNul = Object.fromEntries(known.keys.map((k) => [k, "a\u0000b"]));
        // Found by this suite: a lone surrogate reached jsonb (the audit entry) as a 500.
        const withLoneSurrogate = Object.fromEntries(known.keys.map((k) => [k, "\udfff"]));
        // Found by this suite: version "2147483648" (beside a valid id "1") reached a PostgreSQL
        // \`integer\` as a 500. One field at a time past int4, every other field a plausible "1".
        const pastInt4 = known.keys.map((k) => toForm(Object.fromEntries(known.keys.map((j) => [j, j === k ? "2147483648" : "1"]))));
        // Whitespace padding up to Next's 1 MB action limit, around a plausible value.
        const side = Math.floor(1_000_000 / Math.max(1, known.keys.length) / 2) - 64;
        const padded = Object.fromEntries(known.keys.map((k) => [k, `${" ".repeat(side)}${plausible[0] ?? "x"}${" ".repeat(side)}`]));
        const input = fc.oneof(
          { weight: 4, arbitrary: hostileObject(known, plausible) },
          { weight: 2, arbitrary: hostileObject(known, plausible).map(toForm) },
          { weight: 2, arbitrary: hostileValue(known, plausible) },
          { weight: 1, arbitrary: fc.constantFrom(undefined, null, "", 0, [], new FormData()) },
          { weight: 1, arbitrary: hostileString() },
        );
        await fc.assert(
          fc.asyncProperty(fc.constantFrom<"admin" | "cadre">("admin", "admin", "cadre"), input, async (who, value) => {
            const before = await fingerprint(d);
            const logged: unknown[] = [];
            const spy = vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(...args));
            let result: ActionResult<unknown> | undefined;
            let thrown: unknown;
            const cpu0 = process.cpuUsage();
            try {
              result = await entry.run(value, viewers[who]);
            } catch (e) {
              thrown = e;
            } finally {
              spy.mockRestore();
            }
            const cpu = process.cpuUsage(cpu0);
            const cpuMs = (cpu.user + cpu.system) / 1000;
            if (cpuMs > CPU_BUDGET_MS) throw new Error(`${entry.name} took ${Math.round(cpuMs)} ms of CPU for ${shown(value)}`);
            totals.cases++;
            if (thrown !== undefined) {
              if (isRedirect(thrown)) return void count("redirect");
              throw new Error(`${entry.name} threw for ${shown(value)}: ${String(thrown)}`);
            }
            if (result!.ok) return void count("ok");
            const error = result!.error;
            if (typeof error !== "string" || !CHINESE.test(error) || ZOD_ENGLISH.test(error))
              throw new Error(`${entry.name}: refusal without a Chinese message: ${JSON.stringify(result)}`);
            // The one thing that cannot work outside Next: the handler finished, then revalidatePath threw.
            if (INTERNAL.test(error) && logged.length > 0 && logged.every(isRevalidateOutsideNext)) return void count("ok (revalidate outside Next)");
            if (INTERNAL.test(error))
              throw new Error(`${entry.name}: internal error (a 500 in production) for ${shown(value)}: ${logged.map(String).join("; ")}`);
            count("refused");
            const after = await fingerprint(d);
            if (after !== before) throw new Error(`${entry.name} refused (${error}) but wrote to: ${changedTables(before, after).join(", ")}`);
          }),
          {
            numRuns: RUNS,
            examples: [
              // Regressions: zod's English defaults ("Invalid input: expected object, received null")
              // reached the user until guardedAction parsed with zhErrorMap.
              ["admin", null],
              ["admin", {}],
              ["cadre", ""],
              ["admin", toForm({})],
              // Regression: a NUL in any text (e.g. a token's name) failed the insert — a 500.
              ["admin", withNul],
              ["admin", toForm(withNul)],
              ["admin", withLoneSurrogate],
              ...pastInt4.map((f) => ["admin", f] as ["admin", FormData]),
              ["admin", padded],
              ["cadre", toForm(padded)],
            ],
          },
        );
      }
    },
    600_000,
  );
});
