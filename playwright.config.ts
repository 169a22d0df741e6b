import { defineConfig, devices } from "@playwright/test";
import { oidcPortFor, secondAppPortFor } from "./scripts/e2e-sso.mjs";

// End-to-end journeys against the production build (`next start`) on a fresh embedded database.
// Chromium is the system's (Debian's /usr/bin/chromium or CHROMIUM_PATH): never a downloaded one.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The test identity provider for single sign-on, and the app's second server that one spec starts.
const OIDC_PORT = oidcPortFor(PORT);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  ],
  webServer: [
    {
      command: `node scripts/e2e-oidc-provider.mjs`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { OIDC_PORT: String(OIDC_PORT), APP_PORTS: `${PORT},${secondAppPortFor(PORT)}` },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `node scripts/e2e-server.mjs`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(PORT), OIDC_PORT: String(OIDC_PORT) },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
