#!/usr/bin/env node
// `npm run lint` (and the first step of `npm test`): the committed lock installs as it is, the
// types check (TypeScript 7's native tsc), ESLint finds nothing, Prettier finds nothing to
// reformat, Redocly finds nothing in the OpenAPI document under its recommended rules, and the
// dependency check finds no import cycle and no lib/ → app/|components/ import.
// Every check runs even when one fails, so one run shows everything to fix.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const checks = [
  ["npm ci --dry-run (lock in sync with package.json)", "npm", ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"]],
  ["typecheck (tsc 7)", process.execPath, [bin("typescript-7", "bin/tsc"), "--noEmit"]],
  ["eslint", process.execPath, [bin("eslint", "bin/eslint.js"), ".", "--max-warnings", "0"]],
  ["prettier --check", process.execPath, [bin("prettier", "bin/prettier.cjs"), "--check", "--log-level", "warn", "."]],
  ["redocly lint (the OpenAPI document, recommended rules, offline)", process.execPath, ["--import", "tsx", path.join(root, "scripts", "openapi-lint.ts")]],
  [
    "dependency-cruiser",
    process.execPath,
    [bin("dependency-cruiser", "bin/dependency-cruiser.mjs"), "app", "lib", "components", "scripts", "bench", "e2e", "--config", ".dependency-cruiser.mjs"],
  ],
];

const failed = [];
for (const [name, cmd, args] of checks) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status === 0) {
    console.log(`✓ ${name} (${secs} s)`);
  } else {
    failed.push(name);
    console.log(`✗ ${name} (${secs} s)\n${(r.stdout + r.stderr).trim()}\n`);
  }
}
if (failed.length) {
  console.error(`\n✗ lint: ${failed.join(", ")} failed. \`npm run format\` fixes formatting and the auto-fixable lint findings.`);
  process.exit(1);
}
