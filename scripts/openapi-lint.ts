// Redocly's linter with its recommended rules over the OpenAPI document the server serves
// (generated from the zod schemas: lib/api/openapi.ts). Part of `npm run lint` (scripts/lint.mjs).
// Offline: telemetry and the update check are off (redocly.yaml and the environment below).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiDocument } from "../lib/api/openapi";

const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-openapi-"));
const file = path.join(dir, "openapi.json");
try {
  fs.writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
  const r = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", file, "--config", path.join(root, "redocly.yaml"), "--format", "stylish"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_SUPPRESS_NOTIFICATIONS: "true", CI: "true" },
    },
  );
  const out = `${r.stdout}${r.stderr}`.trim();
  // Warnings fail too: the document is to be clean under the recommended rules.
  if (r.status !== 0 || /\bwarning\b/i.test(out.replace(/0 warnings?/gi, ""))) {
    console.error(out);
    process.exit(1);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
