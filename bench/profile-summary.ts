/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [top]`: where a V8 CPU profile spent its time,
 * by self time per function and by package (node_modules/<pkg>, the app's own code, node internals,
 * GC/idle), so a benchmark run can say what the framework costs against what the app costs.
 */
import fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary <file.cpuprofile> [top]");
const prof = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function bucket(n: Node): string {
  const { url, functionName } = n.callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/.next/server/chunks/")) return "app bundle (.next/server/chunks)";
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  packages.set(bucket(n), (packages.get(bucket(n)) ?? 0) + us);
  const key = `${n.callFrame.functionName || "(anonymous)"}  ${bucket(n)}:${n.callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}
const top = Number(topArg ?? 25);
console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled\n\nself time by package:`);
for (const [k, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${k}`);
console.log("\nself time by function:");
for (const [k, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${k}`);
