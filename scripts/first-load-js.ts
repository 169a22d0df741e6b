/**
 * `npx tsx scripts/first-load-js.ts [path…]`: the JavaScript a browser downloads to load a page of
 * the production build (Next 16 no longer prints first-load sizes). Starts `next start` on a fresh
 * embedded database, signs in as a demo cadre, opens each page, and sums the script responses
 * (bytes on the wire, i.e. compressed, and decoded).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = 3490;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["/learn/red-lines/v2-no-rumors", "/learn", "/check", "/quiz"];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-fljs-"));
const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
  cwd: ROOT,
  env: {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: path.join(dir, "db"),
    NODE_ENV: "production",
    NEXTAUTH_SECRET: "measure-secret-0123456789abcdef",
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
  },
  stdio: "ignore",
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) break;
    } catch {}
    if (i > 240) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/login`);
  await page.getByLabel("用户名或手机号").fill("cadre059");
  await page.getByLabel("密码").fill("Demo#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/learn$/);
  for (const p of pages) {
    const fresh = await browser.newContext({ storageState: await page.context().storageState() });
    const tab = await fresh.newPage();
    const sizes: { wire: number; decoded: number }[] = [];
    tab.on("response", async (res) => {
      if (res.request().resourceType() !== "script") return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      const wire = Number(res.headers()["content-length"] ?? 0) || (await res.request().sizes()).responseBodySize;
      sizes.push({ wire, decoded: body.length });
    });
    await tab.goto(`http://127.0.0.1:${PORT}${p}`, { waitUntil: "networkidle" });
    const kb = (n: number) => (n / 1024).toFixed(1);
    console.log(
      `${p}: ${sizes.length} scripts, ${kb(sizes.reduce((n, s) => n + s.wire, 0))} kB on the wire, ${kb(sizes.reduce((n, s) => n + s.decoded, 0))} kB decoded`,
    );
    await fresh.close();
  }
  await browser.close();
} finally {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
