/**
 * The reads at 50 connections, each against two floors: the framework's (its bare route, which the
 * lesson's target is set against) and the page floor (the smallest signed-in page of the build).
 */
import type { LoadResult, Server } from "../lib/harness";
import type { RunContext } from "../lib/run-context";
import type { Fixtures } from "../lib/fixtures";

export type ReadJob = [string, { path: string; cookie?: string }[]];

/** The pages loaded, by name: a secretary's branch, the province's roll-up, a cadre's lesson and home. */
export function readJobs(f: Fixtures, cookies: Map<number, string>, cadres: number, rootId: number): ReadJob[] {
  const { secs, writers, branch, lesson } = f;
  const secBranch = cookies.get(secs[0].id)!;
  const secRoot = cookies.get(secs[1].id)!;
  const cadre = cookies.get(writers[0])!;
  return [
    // The page floor: the smallest signed-in React page of the same build (layout, proxy, the
    // viewer's one statement, a one-field form). What any App Router page here costs at least.
    // The framework's own cost of a React page: the root layout and a one-field form, no session,
    // no app shell, no database (the public certificate-check page). pageFloor ÷ this is what the
    // signed-in layout (proxy's CSP nonce, session, viewer, bell, navigation) costs on top.
    ["framePage(/verify)", [{ path: "/verify" }]],
    ["pageFloor(/account/password)", [{ path: "/account/password", cookie: cadre }]],
    [`branchDashboard(${branch.n} members)`, [{ path: `/branch?unit=${branch.id}`, cookie: secBranch }]],
    [`committeeRollup(${cadres} members)`, [{ path: `/branch?unit=${rootId}`, cookie: secRoot }]],
    ["lessonPage", [{ path: `/learn/${lesson.module_slug}/${lesson.id}`, cookie: cadre }]],
    ["cadreHome", [{ path: "/learn", cookie: cadre }]],
  ];
}

/**
 * `only`: name prefixes (--reads=) to load just those. `framework`: the framework floor at 50
 * connections if the hot path measured it (else it is measured here).
 */
export function readsScenario(ctx: RunContext, app: Server, jobs: ReadJob[], only: string[] | undefined, framework: LoadResult | undefined) {
  const reads: Record<string, LoadResult> = {};
  for (const [name, paths] of jobs.filter(([n]) => !only || only.some((r) => n.startsWith(r)))) {
    ctx.load({ url: app.url, connections: 50, duration: ctx.warmup, mode: "get", paths });
    reads[name] = ctx.load({ url: app.url, connections: 50, duration: ctx.duration, mode: "get", paths });
    ctx.log(
      `read ${name}: ${reads[name].reqPerSec} req/s p50 ${reads[name].p50} ms p97.5 ${reads[name].p975} ms p99 ${reads[name].p99} ms errors ${reads[name].errors + reads[name].non2xx}`,
    );
  }
  // Each read against the page floor and against the framework floor (the lesson's target is
  // the latter's rate).
  const floor = framework ?? (Object.keys(reads).length ? ctx.load({ url: app.url, connections: 50, duration: ctx.duration, mode: "floor" }) : undefined);
  const pageFloor = reads["pageFloor(/account/password)"];
  const framePage = reads["framePage(/verify)"];
  const readRatios = Object.fromEntries(
    Object.entries(reads).map(([k, v]) => [
      k,
      {
        toFramePage: framePage ? +(v.reqPerSec / framePage.reqPerSec).toFixed(2) : null,
        toPageFloor: pageFloor ? +(v.reqPerSec / pageFloor.reqPerSec).toFixed(2) : null,
        toFramework: floor ? +(v.reqPerSec / floor.reqPerSec).toFixed(2) : null,
      },
    ]),
  );
  return { reads, readRatios, readsFrameworkFloor: floor };
}
