/** The table bench/run.ts prints at the end, from what it wrote to bench/results/latest.json. */
import type { LoadResult } from "./harness";
import { dailyRows } from "../scenarios/daily";

export function printTable(results: Record<string, unknown>) {
  const hot = (results.hotPath ?? {}) as Record<string, Record<string, LoadResult & Record<string, number>>>;
  const rows: string[][] = [["scenario", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "errors"]];
  for (const [k, v] of Object.entries(hot)) {
    for (const which of ["app", "framework", "raw"] as const)
      rows.push([
        `save ${k} ${which}`,
        String(v[which].reqPerSec),
        String(v[which].p50),
        String(v[which].p975),
        String(v[which].p99),
        String(v[which].errors + v[which].non2xx),
      ]);
    rows.push([`  ratioToFramework / ratioToRaw / lost`, `${v.ratioToFramework}`, `${v.ratioToRaw}`, `${v.lostAnswers}`, "", ""]);
  }
  const ratios = (results.readRatios ?? {}) as Record<string, { toFramePage: number | null; toPageFloor: number | null; toFramework: number | null }>;
  for (const [k, v] of Object.entries((results.reads ?? {}) as Record<string, LoadResult>)) {
    rows.push([k, String(v.reqPerSec), String(v.p50), String(v.p975), String(v.p99), String(v.errors + v.non2xx)]);
    rows.push([
      `  ratio to page floor / framework floor / bare page`,
      `${ratios[k]?.toPageFloor}`,
      `${ratios[k]?.toFramework}`,
      `${ratios[k]?.toFramePage}`,
      "",
      "",
    ]);
  }
  if (results.daily) rows.push(...dailyRows(results.daily as Parameters<typeof dailyRows>[0]));
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join("  "));
  for (const [k, v] of Object.entries(
    (results.hotPathVariants ?? {}) as Record<string, { app?: LoadResult; ratioToFramework?: number; p99ToFloor?: number; error?: string }>,
  ))
    console.log(
      `variant ${k} @200: ${v.error ?? `${v.app!.reqPerSec} req/s, p99 ${v.app!.p99} ms; ratioToFramework ${v.ratioToFramework}, p99 / floor's ${v.p99ToFloor}`}`,
    );
  console.log(
    `statements per save: ${results.statementsPerSave}; exam: ${JSON.stringify(results.exam)}; exam on two workers: ${JSON.stringify(results.examOnTwoWorkers)}; peak RSS ${results.peakRssMiB} MiB, by scenario ${JSON.stringify(results.peakRssMiBByScenario)}`,
  );
  console.log("→ bench/results/latest.json");
}
