#!/usr/bin/env node
// Which Node runs WeGuide. Node 24 LTS is the target and 22 is supported; Node 20 is past its end
// of life (and a Prisma 7.10 dependency already needs 22). Many machines still ship 20, so instead
// of failing there, `npm start` and `npm test` say so and re-run themselves under Node 24 fetched
// from the npm registry (the `node-<platform>-<arch>` binary package that the `node` package
// itself installs) into the git-ignored `.tools/` folder. `.ci/run` uses the same fetch so CI runs
// on Node 24 whatever the machine has. Plain Node built-ins only: nothing is installed yet here.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
/** The Node that `.ci/run` and the automatic fallback use. */
export const NODE_TARGET = "24.22.3";
/** The oldest Node WeGuide runs on (package.json `engines` says the same). */
export const NODE_MIN = [22, 12];

export function isSupported(version = process.versions.node) {
  const [major, minor] = version.split(".").map(Number);
  return major > NODE_MIN[0] || (major === NODE_MIN[0] && minor >= NODE_MIN[1]);
}

/** The bin folder of Node NODE_TARGET under .tools/, fetched from the npm registry if missing. */
export function fetchedNodeBin() {
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(root, ".tools", `node-${NODE_TARGET}`);
  const bin = path.join(prefix, "node_modules", pkg, "bin");
  if (fs.existsSync(path.join(bin, "node"))) return bin;
  console.error(`▶ 从 npm 获取 Node ${NODE_TARGET}（${pkg}）到 .tools/ …`);
  const r = spawnSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", `${pkg}@${NODE_TARGET}`], {
    // npm's own output goes to stderr: stdout carries only the bin folder (`.ci/run` reads it).
    stdio: ["ignore", 2, 2],
  });
  if (r.status !== 0 || !fs.existsSync(path.join(bin, "node"))) {
    console.error(`✗ 无法从 npm 获取 ${pkg}@${NODE_TARGET}。请自行安装 Node 24 LTS（或 22），再运行本命令。`);
    process.exit(1);
  }
  return bin;
}

/**
 * Called first by `npm start` and `npm test`. On a supported Node it returns. On an older one it
 * refuses to run there: it says why and re-runs the same script under Node NODE_TARGET, unless
 * WEGUIDE_NODE_FETCH=0, in which case it only prints what to do and exits with 1.
 */
export function requireSupportedNode(script) {
  if (isSupported()) return;
  const msg = `WeGuide 需要 Node 24 LTS（或 22.${NODE_MIN[1]}+），当前是 ${process.version}，已停止支持。`;
  if (process.env.WEGUIDE_NODE_FETCH === "0") {
    console.error(`✗ ${msg}\n  请安装 Node 24，或运行：npx -y -p node@24 -- npm ${path.basename(script, ".mjs")}`);
    process.exit(1);
  }
  console.error(`⚠ ${msg}不在此版本上运行，改用 Node ${NODE_TARGET}（设置 WEGUIDE_NODE_FETCH=0 可改为直接退出）。`);
  const bin = fetchedNodeBin();
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`, npm_config_nodedir: path.dirname(bin) };
  const r = spawnSync(path.join(bin, "node"), [script, ...process.argv.slice(2)], { stdio: "inherit", env });
  process.exit(r.status ?? 1);
}

// `node scripts/node-runtime.mjs bin`: print the bin folder of Node NODE_TARGET (for .ci/run).
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === "bin") {
  process.stdout.write(fetchedNodeBin() + "\n");
}
