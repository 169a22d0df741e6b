/**
 * The files under app/ that are deliberately not behind the guard (lib/auth/guard.ts), each with its
 * reason. Everything else must be guarded: lib/auth/guard-coverage.test.ts checks the source and
 * e2e/matrix.spec.ts checks the running server against this one list.
 */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  "layout.tsx": "root HTML shell, renders no data",
  "login/page.tsx": "the sign-in page",
  "api/health/route.ts": "load-balancer probe: database kind and migration state only",
  "api/auth/[...nextauth]/route.ts": "next-auth's own sign-in/out endpoints",
  "verify/page.tsx": "certificate check form; reads nothing",
  "verify/[code]/page.tsx": "public certificate verification: only the certificate's own snapshot",
  "api/v1/openapi.json/route.ts": "the API description, generated from the zod schemas",
  "api/bench/floor/route.ts": "benchmark reference: 404 unless WEGUIDE_BENCH=1, touches no data",
};
