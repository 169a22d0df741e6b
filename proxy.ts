import { NextResponse, type NextRequest } from "next/server";
import { errorPageHtml } from "./lib/html/error-page";
import { buildCsp } from "./lib/security/csp";
import { requestUrlProblem } from "./lib/security/request-url";

// Runs before pages (and before any URL with a "%" in its path, API included: see config).
// Authorisation is NOT done here: every route checks it itself (lib/auth/guard.ts); a proxy alone is
// too easy to bypass or misconfigure. What it does:
// - refuses a URL the app cannot read — an undecodable percent-escape in the path, which Next.js
//   answers with a 500 (vercel/next.js#92527, fix proposed in #92557), or a NUL in the path or
//   query, which PostgreSQL refuses mid-query — with a 400 in Chinese (security review F10);
// - refuses a server action posted from another origin with a 403 page (Next throws "Invalid Server
//   Actions request", a 500);
// - gives each page request a fresh CSP nonce (Next reads the policy from the request headers and
//   puts the nonce on its own scripts), and HSTS when the site is served over HTTPS.
export function proxy(request: NextRequest) {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const problem = requestUrlProblem(request.nextUrl.pathname, request.nextUrl.search);
  if (problem) return refuse(400, "地址无法识别", problem, api);
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return nextAuthRequest(request);
  if (request.headers.has("next-action") && !actionOriginAllowed(request)) {
    return refuse(403, "请求来源无效", "该操作只能从本站页面发起。请回到本站页面，刷新后重试。", false);
  }
  // Only URLs with a "%" reach here besides pages: the API and the lesson reader set their own headers.
  if (api || LESSON_READER.test(request.nextUrl.pathname)) return NextResponse.next();

  const nonce = btoa(crypto.randomUUID());
  const csp = buildCsp(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  if (HSTS) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

const LESSON_READER = /^\/learn\/[^/]+\/[^/]+$/;

/**
 * next-auth (v4) answers 500 to any request whose callbackUrl parameter or callback-url cookie is
 * not an http(s) URL (its assertConfig). An unusable parameter is a 400 here; an unusable cookie —
 * planted by someone else, it broke sign-in in that browser until cleared — is dropped from the
 * request and cleared in the browser.
 */
function nextAuthRequest(request: NextRequest): Response {
  const param = request.nextUrl.searchParams.get("callbackUrl");
  if (param !== null && !httpUrl(param, request.nextUrl.origin)) {
    return refuse(400, "登录跳转地址无效", "请从本站的登录页面重新登录。", false);
  }
  const bad = request.cookies.getAll().filter((c) => CALLBACK_COOKIES.includes(c.name) && !httpUrl(c.value, request.nextUrl.origin));
  if (!bad.length) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(
    "cookie",
    request.cookies
      .getAll()
      .filter((c) => !bad.includes(c))
      .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
      .join("; "),
  );
  const res = NextResponse.next({ request: { headers } });
  for (const c of bad) res.cookies.set(c.name, "", { path: "/", maxAge: 0, secure: c.name.startsWith("__Secure-"), httpOnly: true, sameSite: "lax" });
  return res;
}

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own test of a callback URL (core/lib/assert.js isValidHttpUrl). */
function httpUrl(url: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * HTTPS deployments (NEXTAUTH_URL https://…) get HSTS on every page: a year, this host only (a
 * sibling site of the organisation may still be plain HTTP). Read at start, not at build.
 */
const HSTS = process.env.NEXTAUTH_URL?.startsWith("https://") ? "max-age=31536000" : null;

/** Next's own check for server actions: Origin's host against X-Forwarded-Host, else Host. */
function actionOriginAllowed(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // Next lets it through too (and older browsers send none)
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

function refuse(status: number, title: string, detail: string, json: boolean): Response {
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (json) return Response.json({ error: `${title}：${detail}` }, { status, headers });
  return new Response(errorPageHtml(status, title, detail), {
    status,
    headers: {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}

export const config = {
  matcher: [
    // Pages: API routes return JSON (static headers from next.config apply), assets are files.
    // The lesson reader (/learn/<module>/<lesson>, plain HTML from a route handler) sets its own
    // policy: running the proxy cost it a third of its throughput (issue 8).
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|learn/[^/]+/[^/]+$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Any path with a percent-escape, API and lesson reader included (tested against the raw
    // path): the only URLs that can fail to decode. No real route of the app has one.
    { source: "/:path(.*%.*)" },
    // next-auth's endpoints, for their callback URL (nextAuthRequest).
    { source: "/api/auth/:path*" },
  ],
};
