#!/usr/bin/env node
// `npm test`: every test. Lint (lock, types, ESLint, Prettier, import cycles), then Vitest (unit +
// embedded database, and PostgreSQL when TEST_DATABASE_URL is set), then Playwright end-to-end
// against the production build in Chromium.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { requireSupportedNode } from "./node-runtime.mjs";
import { ensureBuild, ensureDependencies, ensurePrismaClient, root, run } from "./prepare.mjs";

requireSupportedNode(import.meta.filename);

const t0 = Date.now();
const lap = (what) => console.log(`⏱  ${what}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
ensureDependencies();
ensurePrismaClient();

// Lint first: the lock, types, ESLint, Prettier and the dependency check (scripts/lint.mjs).
run(process.execPath, [path.join(root, "scripts", "lint.mjs")]);
lap("lint");
run(process.execPath, [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run"]);
lap("vitest");

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  const probe = spawnSync(process.execPath, ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
    cwd: root,
    encoding: "utf8",
  });
  if (probe.status === 0 && probe.stdout && fs.existsSync(probe.stdout)) return probe.stdout;
  return null;
}

let chromium = findChromium();
if (!chromium && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
  console.log("▶ 未找到 Chromium，正在安装 Debian 的 chromium 包…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    "✗ 端到端测试需要 Chromium：请安装系统的 chromium（Debian/Ubuntu: sudo apt-get install chromium），" + "或设置 CHROMIUM_PATH 指向 Chromium 可执行文件。",
  );
  process.exit(1);
}

ensureBuild();
lap("build");
run(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test"], { env: { CHROMIUM_PATH: chromium } });
lap("playwright");

// The soak test's short form (the full one is `npm run soak`): cadres sit the exam against the
// production build on the PostgreSQL server while it is restarted. Needs a server it may restart.
if (process.env.TEST_DATABASE_URL) {
  run(process.execPath, ["--import", "tsx", path.join(root, "scripts", "soak.ts"), "--cadres", "60"], {
    env: { SOAK_DATABASE_URL: process.env.TEST_DATABASE_URL },
  });
  lap("soak");
}
