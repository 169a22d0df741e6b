#!/usr/bin/env node
// `npm start`: install, generate, build if needed, then serve on PORT (default 3000). The server
// applies migrations and, on the embedded database, seeds the demo on first start (lib/boot.ts).
import { spawn } from "node:child_process";
import { requireSupportedNode } from "./node-runtime.mjs";
import { appServerArgs, ensureBuild, ensureDependencies, ensurePrismaClient, root, workerCount } from "./prepare.mjs";

requireSupportedNode(import.meta.filename);

const started = Date.now();
ensureDependencies();
ensurePrismaClient();
ensureBuild();

const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
let workers;
try {
  workers = workerCount(env);
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}
console.log(
  `▶ 启动服务 http://localhost:${port} (${process.env.DATABASE_URL ? "PostgreSQL" : "内嵌 PGlite"}; ${workers} 个服务进程; 准备用时 ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
const child = spawn(process.execPath, appServerArgs(port, { env }), {
  cwd: root,
  stdio: "inherit",
  env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
