/**
 * What the checker's lazily loaded parts cost a server process: RSS, V8 heap in use and external
 * memory (Buffers, ArrayBuffers) of a fresh Node process before and after each step, after two
 * full garbage collections, as the median of several processes (issue 21, item 4; docs/scaling.md,
 * "Memory").
 *
 *   npx tsx bench/memory-footprint.ts                  every variant, 7 processes each
 *   npx tsx bench/memory-footprint.ts --runs=11 --only=jieba,classifier
 *   npx tsx bench/memory-footprint.ts --only=dict --dict=/tmp/trimmed-dict.txt
 *
 * Variants (each step's figures are what the process holds after it; Δ is against the step before):
 * - jieba: import segment.ts, then load the dictionaries (warmUpSegmenter), as the first drafting answer does;
 * - dict: a bare Jieba.withDict() of the package's dict.txt, or of `--dict=<file>` (to weigh a trimmed dictionary);
 * - classifier: import the checker's rule tables, then classifier.ts, then score one text with the
 *   shipped model (what the model costs in memory once loaded);
 * - check: import check.ts, then one checkMessage() (jieba, classifier and rules together), then 100 more.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
}
type Steps = { step: string; at: Sample }[];

const MiB = 1024 * 1024;
const SAMPLE_TEXT =
  "各位同事：定于5月8日（周三）上午9:00在机关三楼会议室召开安全生产专题会议，请各科室负责人准时参加。会后请把材料发到我的个人邮箱，奶茶钱我来出。特此通知。区委办公室 2024年5月6日";

function snap(): Sample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run the child with --expose-gc");
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
}

async function child(variant: string, dictFile: string | undefined): Promise<Steps> {
  const steps: Steps = [{ step: "fresh process", at: snap() }];
  const mark = (step: string) => steps.push({ step, at: snap() });
  if (variant === "jieba") {
    const seg = await import("../lib/checker/segment");
    mark("import segment.ts");
    seg.warmUpSegmenter();
    mark("dictionaries loaded");
  } else if (variant === "dict") {
    const { Jieba } = await import("@node-rs/jieba");
    mark("import @node-rs/jieba");
    const file = dictFile ?? path.join(process.cwd(), "node_modules", "@node-rs", "jieba", "dict.txt");
    const jieba = Jieba.withDict(fs.readFileSync(file));
    jieba.cut("预热", false);
    mark(`withDict(${path.basename(file)})`);
  } else if (variant === "classifier") {
    await import("../lib/checker/rules");
    await import("../lib/checker/model-cues");
    mark("import rules.ts, model-cues.ts");
    const c = await import("../lib/checker/classifier");
    mark("import classifier.ts");
    const tokens = [...SAMPLE_TEXT].map((w, i) => ({ w, start: i, end: i + 1 }));
    c.classifierFindings(SAMPLE_TEXT, tokens, new Set(), { ops: 0 });
    mark("first classifierFindings() (shipped model)");
  } else if (variant === "check") {
    const { checkMessage } = await import("../lib/checker/check");
    mark("import check.ts");
    checkMessage({ text: SAMPLE_TEXT, channel: "group", kind: "notice" } as Parameters<typeof checkMessage>[0]);
    mark("first checkMessage()");
    for (let i = 0; i < 100; i++) checkMessage({ text: `${SAMPLE_TEXT}${i}`, channel: "group", kind: "notice" } as Parameters<typeof checkMessage>[0]);
    mark("100 more checkMessage()");
  } else {
    throw new Error(`unknown variant ${variant}`);
  }
  return steps;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmt = (bytes: number) => (bytes / MiB).toFixed(1);
const fmtDelta = (bytes: number) => `${bytes >= 0 ? "+" : ""}${(bytes / MiB).toFixed(1)}`;

function parent(runs: number, variants: string[], dictFile: string | undefined) {
  const self = fileURLToPath(import.meta.url);
  console.log(`node ${process.version}, ${runs} fresh processes per variant, medians in MiB (Δ against the step before)\n`);
  for (const variant of variants) {
    const results: Steps[] = [];
    for (let r = 0; r < runs; r++) {
      const args = ["--expose-gc", "--import", "tsx", self, "--child", variant, ...(dictFile ? [`--dict=${dictFile}`] : [])];
      const out = spawnSync(process.execPath, args, { encoding: "utf8", cwd: process.cwd() });
      if (out.status !== 0) throw new Error(`${variant}: ${out.stderr}`);
      results.push(JSON.parse(out.stdout.trim().split("\n").at(-1)!) as Steps);
    }
    console.log(`## ${variant}\n\n| step | RSS | Δ RSS | heap used | Δ heap | external | Δ external |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
    results[0]!.forEach(({ step }, i) => {
      const at = (k: keyof Sample) => median(results.map((s) => s[i]!.at[k]));
      const delta = (k: keyof Sample) => (i === 0 ? 0 : median(results.map((s) => s[i]!.at[k] - s[i - 1]!.at[k])));
      const cell = (k: keyof Sample) => `${fmt(at(k))} | ${i === 0 ? "" : fmtDelta(delta(k))}`;
      console.log(`| ${step} | ${cell("rss")} | ${cell("heapUsed")} | ${cell("external")} |`);
    });
    console.log("");
  }
}

const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const childAt = argv.indexOf("--child");
if (childAt >= 0) {
  const steps = await child(argv[childAt + 1]!, opt("dict"));
  console.log(JSON.stringify(steps));
} else {
  parent(Number(opt("runs") ?? 7), (opt("only") ?? "jieba,dict,classifier,check").split(","), opt("dict"));
}
