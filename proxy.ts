import { NextResponse, type NextRequest } from "next/server";
import { buildCsp } from "./lib/security/csp";

// A fresh CSP nonce per page request. Next reads the policy from the request headers and puts
// the nonce on its own scripts. Authorisation is NOT done here: every route checks it itself
// (lib/auth/guard.ts); a proxy alone is too easy to bypass or misconfigure.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = buildCsp(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  // Pages only: API routes return JSON (static headers from next.config apply), assets are files.
  // The lesson reader (/learn/<module>/<lesson>, plain HTML from a route handler) sets its own
  // policy: running the proxy cost it a third of its throughput (issue 8).
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|learn/[^/]+/[^/]+$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
