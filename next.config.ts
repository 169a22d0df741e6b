import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pdfkit", "exceljs"],
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
