import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/csp.ts";

// HTTP_COMPRESSION=off: a reverse proxy in front (nginx, a load balancer) compresses, so the app
// need not: gzip in Next's one JavaScript thread was 6.8 % of an exam burst's CPU (docs/scaling.md).
const compression = process.env.HTTP_COMPRESSION || "on";
if (compression !== "on" && compression !== "off") throw new Error("HTTP_COMPRESSION 只能是 on 或 off");

const nextConfig: NextConfig = {
  compress: compression === "on",
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled; jieba is a
  // native N-API binary with its dictionary files beside it.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pdfkit", "exceljs", "@node-rs/jieba"],
  // Server-action bodies are read up to this size before anything is parsed (default 1 MB). The
  // largest action input is a 20,000-character draft for the checker (≤ 120 kB as JSON, security
  // review F2); uploads go through route handlers with their own limits.
  experimental: { serverActions: { bodySizeLimit: "256kb" } },
  poweredByHeader: false,
  typedRoutes: false,
  // Types are checked by TypeScript 7's native tsc in `npm run lint` (part of `npm test`); the
  // `typescript` package Next would check with here is TypeScript 6, kept for typescript-eslint.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
