import os from "node:os";
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Three projects: pure unit tests once; database tests (`*.db.test.ts`) against the embedded
// PGlite default and, when TEST_DATABASE_URL is set, against that PostgreSQL server too.
const alias = { "@": path.resolve(import.meta.dirname) };
const dbTests = ["lib/**/*.db.test.ts", "app/**/*.db.test.ts"];
// The reminder tests run their group bot on 127.0.0.1.
const WEBHOOK_HOSTS = "127.0.0.1,qyapi.weixin.qq.com,oapi.dingtalk.com";

const projects: TestProjectInlineConfiguration[] = [
  {
    resolve: { alias },
    test: {
      name: "unit",
      testTimeout: 30_000,
      include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
      exclude: [...dbTests, "**/node_modules/**"],
    },
  },
  {
    resolve: { alias },
    test: {
      name: "pglite",
      include: dbTests,
      env: { PGLITE_DIR: "memory://", DATABASE_URL: "", WEBHOOK_HOSTS },
      globalSetup: ["lib/test/global-pglite.ts"],
      setupFiles: ["lib/test/setup-db.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    resolve: { alias },
    test: {
      name: "postgres",
      include: dbTests,
      globalSetup: ["lib/test/global-postgres.ts"],
      env: { WEBHOOK_HOSTS },
      setupFiles: ["lib/test/setup-db.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  });
}

// Vitest's default is one worker fewer than the cores: a single worker on the 2-core CI machine,
// where the main process is mostly idle and the postgres files mostly wait on the server. Measured
// there with 2 workers: unit 102 → 63 s, pglite 325 → 235 s, postgres 237 → 123 s.
const maxWorkers = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({ test: { projects, testTimeout: 30_000, maxWorkers } });
