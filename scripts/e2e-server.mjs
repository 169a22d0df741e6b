#!/usr/bin/env node
// The server Playwright starts: the production build on a fresh embedded database in a temp
// directory (seeded with the demo on boot), so every e2e run starts from the same state. Single
// sign-on goes to the test identity provider (scripts/e2e-oidc-provider.mjs), which Playwright
// starts beside it; PASSWORD_SIGN_IN passes through (e2e/sso-password-off.spec.ts sets it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { E2E_SSO_CLIENT, oidcPortFor } from "./e2e-sso.mjs";
import { appServerArgs, root } from "./prepare.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-e2e-"));
const port = process.env.PORT ?? "3100";
const env = {
  ...process.env,
  DATABASE_URL: "",
  PGLITE_DIR: path.join(dir, "pglite"),
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  OIDC_ISSUER: `http://localhost:${process.env.OIDC_PORT ?? oidcPortFor(port)}`,
  OIDC_CLIENT_ID: E2E_SSO_CLIENT.id,
  OIDC_CLIENT_SECRET: E2E_SSO_CLIENT.secret,
};
// Idle keep-alive sockets stay open longer than any test (Playwright's timeout is 60 s): a test's
// page.request reuses the socket its sign-in opened, and with Node's default 5 s the server could close
// it just as the next request went out (read ECONNRESET, once in a loaded CI run).
const keepAlive = ["--keepAliveTimeout", "120000"];
const child = spawn(process.execPath, [...appServerArgs(port, { host: "127.0.0.1", env }), ...keepAlive], { cwd: root, stdio: "inherit", env });
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => {
  cleanup();
  process.exit(code ?? 0);
});
