/**
 * Time per check, printed (never asserted): a 2,000-character draft and a 20,000-character one
 * built from the labelled drafts, and p50/p99 over every labelled draft. Server-side, including
 * segmentation.   npm run checker:bench
 */
import { checkMessage } from "./check";
import { loadCorpusSets } from "./corpus";
import { inputOf, quantile } from "./evaluate";

/** A realistic draft of exactly `chars` UTF-16 units built from the labelled drafts. */
export function draftOf(chars: number, bodies: readonly string[]): string {
  const joined = bodies.map((b) => b.replace(/\n/g, "")).join("");
  let text = "各位同事：\n";
  while (text.length < chars) text += joined;
  const ending = "\n特此通知。\n办公室 王芳";
  return text.slice(0, chars - ending.length) + ending;
}

function time(fn: () => void, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

function main() {
  const drafts = loadCorpusSets().flatMap((s) => s.drafts);
  checkMessage({ text: "预热" });
  for (const [chars, runs] of [
    [2_000, 500],
    [20_000, 50],
  ] as const) {
    const text = draftOf(
      chars,
      drafts.map((d) => d.text),
    );
    const input = { text, kind: "notice" as const, sendAt: "09:30" };
    for (let i = 0; i < 20; i++) checkMessage(input);
    const cpu0 = process.cpuUsage();
    const t = time(() => checkMessage(input), runs);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
    console.log(
      `${chars} chars × ${runs}: wall p50 ${quantile(t, 0.5).toFixed(3)} ms, p99 ${quantile(t, 0.99).toFixed(3)} ms, max ${t[t.length - 1]!.toFixed(3)} ms; CPU ${cpuMs.toFixed(3)} ms per check`,
    );
  }
  for (const d of drafts) checkMessage(inputOf(d));
  const all: number[] = [];
  for (let round = 0; round < 5; round++) for (const d of drafts) all.push(...time(() => checkMessage(inputOf(d)), 1));
  all.sort((a, b) => a - b);
  console.log(`every labelled draft (${drafts.length}) × 5: p50 ${quantile(all, 0.5).toFixed(3)} ms, p99 ${quantile(all, 0.99).toFixed(3)} ms`);
}

if (/bench\.ts$/.test(process.argv[1] ?? "")) main();
