/**
 * Micro-benchmark: time per check of a 2,000-character draft (and of a 20,000-character one).
 * Prints figures only; nothing is asserted.   npx tsx lib/checker/bench.ts
 */
import { checkMessage } from "./check";
import { CORPUS } from "./corpus";

/** A realistic draft of exactly `chars` UTF-16 units built from corpus messages. */
export function draftOf(chars: number): string {
  const bodies = CORPUS.map((e) => e.text.replace(/\n/g, "")).join("");
  let text = "各位同事：\n";
  while (text.length < chars) text += bodies;
  const ending = "\n特此通知。\n办公室 王芳";
  return text.slice(0, chars - ending.length) + ending;
}

export interface BenchResult {
  chars: number;
  runs: number;
  meanMs: number;
  p95Ms: number;
}

export function bench(chars: number, runs: number): BenchResult {
  const text = draftOf(chars);
  const input = { text, kind: "notice" as const, sendAt: "09:30" };
  for (let i = 0; i < 20; i++) checkMessage(input); // warm up the JIT and the segmenter
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkMessage(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const meanMs = times.reduce((a, b) => a + b, 0) / runs;
  return { chars: text.length, runs, meanMs, p95Ms: times[Math.floor(runs * 0.95)] ?? meanMs };
}

const isMain = typeof process !== "undefined" && Array.isArray(process.argv) && /bench\.ts$/.test(process.argv[1] ?? "");

if (isMain) {
  for (const [chars, runs] of [
    [2_000, 500],
    [20_000, 50],
  ] as const) {
    const r = bench(chars, runs);
    console.log(`${r.chars} chars × ${r.runs}: mean ${r.meanMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms per check`);
  }
}
