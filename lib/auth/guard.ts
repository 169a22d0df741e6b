/**
 * The one guard. Every page, server action and route handler goes through one of:
 *   requireViewer()  – server components (pages, layouts)
 *   guardedAction()  – server actions
 *   guardedRoute()   – route handlers
 *   guardedCallerRoute() – the hot path's route handler, authenticated inside its own statement
 * Each authenticates on the server, checks a named permission, validates input with zod, and
 * fails closed: an unauthenticated page redirects to sign-in, a missing permission is a 404.
 * lib/auth/guard-coverage.test.ts fails when a route does not use them.
 */
import { cookies } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { tokenHashFrom, viewerFromTokenHash } from "../api/tokens";
import { zhErrorMap } from "../api/zod-zh";
import { db } from "../db/client";
import { NotFoundError, PasswordChangePendingError, UnauthenticatedError, UserError } from "../errors";
import { BodyTooLarge, MAX_JSON_BODY_BYTES, isJsonContentType, readBodyCapped } from "../security/body-limit";
import { errorPageHtml } from "../html/error-page";
import { contentSecurityPolicy } from "../security/csp";
import { crossSiteRefused, sameOrigin } from "../security/same-origin";
import { assertCaller, type Caller } from "./caller";
import { NUL_ERROR, containsNul, fieldErrors, formToObject } from "./input";
import { SESSION_COOKIES, sessionIdFromToken, sessionTokenFrom } from "./session-cookie";
import { can, heldByEveryRole, type Permission } from "./permissions";
import { loadViewer, type Viewer } from "./viewer";

export type { Viewer } from "./viewer";

/** The signed-in member for this request, or null. Cached per request. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((n) => jar.get(n)?.value).find(Boolean) ?? null;
  const sid = await sessionIdFromToken(token);
  return sid ? loadViewer(db(), sid) : null;
});

export async function requireViewer(opts: { permission?: Permission; allowPendingPasswordChange?: boolean } = {}): Promise<Viewer> {
  const v = await currentViewer();
  if (!v) redirect("/login");
  if (v.mustChangePassword && !opts.allowPendingPasswordChange) redirect("/account/password");
  if (opts.permission && !can(v.role, opts.permission)) notFound();
  return v;
}

/* ------------------------------------------------------------------ server actions */

/**
 * `retryable`: nothing was done and the same call may succeed in a moment (the database was
 * unreachable or its pool busy past the wait); the exam player retries those (components/quiz/use-attempt-answers.ts).
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string>; retryable?: true };

export { NotFoundError, UserError } from "../errors";

type ActionOpts = { permission: Permission; schema: z.ZodType; allowPendingPasswordChange?: boolean; acceptsAnyText?: boolean };

/**
 * Every server action created by guardedAction, with its guarded core `run(input, viewer)`: what the
 * action does once `currentViewer()` has answered. Lets tests (lib/fuzz) drive each action with a
 * real viewer but without Next's request context; the app itself only calls the actions.
 */
export const ACTION_REGISTRY: {
  name?: string;
  opts: ActionOpts;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  run(input: unknown, viewer: Viewer): Promise<ActionResult<unknown>>;
}[] = [];

export function guardedAction<S extends z.ZodType, R>(
  opts: {
    permission: Permission;
    schema: S;
    allowPendingPasswordChange?: boolean;
    /** Pure handlers that store nothing (the message checker) may receive any text, NUL included. */
    acceptsAnyText?: boolean;
  },
  handler: (input: z.infer<S>, viewer: Viewer) => Promise<R>,
): (input: unknown) => Promise<ActionResult<R>> {
  const run = async (input: unknown, viewer: Viewer): Promise<ActionResult<R>> => {
    if (viewer.mustChangePassword && !opts.allowPendingPasswordChange) return { ok: false, error: "请先修改初始密码" };
    if (!can(viewer.role, opts.permission)) return { ok: false, error: "未找到" };
    const raw = input instanceof FormData ? formToObject(input) : input;
    if (!opts.acceptsAnyText && containsNul(raw)) return { ok: false, error: NUL_ERROR };
    const parsed = opts.schema.safeParse(raw, { error: zhErrorMap });
    if (!parsed.success) {
      return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误", fieldErrors: fieldErrors(parsed.error) };
    }
    try {
      return { ok: true, data: await handler(parsed.data, viewer) };
    } catch (e) {
      unstable_rethrow(e); // redirect() and notFound() inside a handler are not errors
      if (e instanceof UserError) return { ok: false, error: e.message };
      if (e instanceof NotFoundError) return { ok: false, error: "未找到" };
      if (isDatabaseUnavailable(e)) return { ok: false, error: "数据库暂时不可用，请稍后重试", retryable: true };
      console.error(e);
      return { ok: false, error: "服务器内部错误，请稍后重试" };
    }
  };
  const action = async (input: unknown): Promise<ActionResult<R>> => {
    const viewer = await currentViewer();
    if (!viewer) return { ok: false, error: "登录已失效，请重新登录" };
    return run(input, viewer);
  };
  ACTION_REGISTRY.push({ opts, action, run });
  return action;
}

/* ------------------------------------------------------------------ route handlers */

export function isDatabaseUnavailable(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""}`;
  return /ECONNREFUSED|ECONNRESET|57P01|57P03|08006|08001|Connection terminated|DatabaseNotReachable|P1001|timeout exceeded when trying to connect/i.test(text);
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}, headers?: HeadersInit) {
  const h = new Headers(headers);
  if (!h.has("Cache-Control")) h.set("Cache-Control", "no-store");
  return Response.json({ error, ...extra }, { status, headers: h });
}

export const BODY_TOO_LARGE = `请求体过大：不能超过 ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB`;

type RouteCtx<B, Q, P> = { viewer: Viewer; body: B; query: Q; params: P; req: Request };

/**
 * Who calls a route handler. A request with `Authorization: Bearer …` is authenticated by its API
 * token alone (lib/api/tokens.ts) — never by a cookie, so a bad token is a 401 even in a signed-in
 * browser. Otherwise the session cookie; without any cookie there is no session to look up.
 */
async function routeCaller(req: Request): Promise<{ viewer: Viewer | null; bearer: boolean }> {
  const { caller, bearer } = await routeCredential(req);
  if (!caller) return { viewer: null, bearer };
  return { viewer: "tokenHash" in caller ? await viewerFromTokenHash(db(), caller.tokenHash) : await loadViewer(db(), caller.sessionId), bearer };
}

/** The credential a request carries, read without a query: the bearer token's hash, else the cookie's session id. */
async function routeCredential(req: Request): Promise<{ caller: { tokenHash: string } | { sessionId: string } | null; bearer: boolean }> {
  const authorization = req.headers.get("authorization");
  if (authorization !== null && /^\s*bearer\b/i.test(authorization)) {
    const hash = tokenHashFrom(authorization);
    return { caller: hash ? { tokenHash: hash } : null, bearer: true };
  }
  const sid = await sessionIdFromToken(sessionTokenFrom(req.headers.get("cookie")));
  return { caller: sid ? { sessionId: sid } : null, bearer: false };
}

type RouteOpts<B, Q, P> = {
  permission: Permission;
  body?: B;
  query?: Q;
  params?: P;
  acceptsAnyText?: boolean;
  /** Reachable by a session whose member must still change his initial password (signing out). */
  allowPendingPasswordChange?: boolean;
  /** Largest body read, in bytes; a longer one is refused with 413 before it is parsed. */
  maxBodyBytes?: number;
};
type Parsed = { params: unknown; body: unknown; query: unknown };

/** Path parameters, JSON body and query string through zod (messages in Chinese), or the 400/413. */
async function parseRequest(
  opts: RouteOpts<z.ZodType, z.ZodType, z.ZodType>,
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
): Promise<Parsed | Response> {
  let params: unknown = (await ctx?.params) ?? {};
  const search = Object.fromEntries(new URL(req.url).searchParams);
  if (containsNul(params) || containsNul(search)) return jsonError(400, NUL_ERROR);
  if (opts.params) {
    const parsed = opts.params.safeParse(params, { error: zhErrorMap });
    if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "路径参数有误", { fields: fieldErrors(parsed.error) });
    params = parsed.data;
  }
  let body: unknown = undefined;
  if (opts.body) {
    // Capped before parsing: a longer body is refused unread (review F2: a 1 MB check after
    // reading everything).
    let bytes: Uint8Array;
    try {
      bytes = await readBodyCapped(req, opts.maxBodyBytes ?? MAX_JSON_BODY_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLarge)
        return jsonError(413, opts.maxBodyBytes ? `请求体过大：不能超过 ${Math.floor(opts.maxBodyBytes / 1024)} KB` : BODY_TOO_LARGE);
      throw e;
    }
    // A JSON body says so: a text/plain "form" must not pass for JSON (review F7).
    if (bytes.length && !isJsonContentType(req.headers.get("content-type"))) return jsonError(415, "请求体应为 JSON（Content-Type: application/json）");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return jsonError(400, "请求体不是合法的 UTF-8 编码");
    }
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return jsonError(400, "请求体不是合法的 JSON");
    }
    if (!opts.acceptsAnyText && containsNul(body)) return jsonError(400, NUL_ERROR);
    const parsed = opts.body.safeParse(body, { error: zhErrorMap });
    if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "输入有误", { fields: fieldErrors(parsed.error) });
    body = parsed.data;
  }
  let query: unknown = undefined;
  if (opts.query) {
    const parsed = opts.query.safeParse(search, { error: zhErrorMap });
    if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "查询参数有误", { fields: fieldErrors(parsed.error) });
    query = parsed.data;
  }
  return { params, body, query };
}

const unauthenticated = (bearer: boolean) =>
  bearer ? jsonError(401, "API 令牌无效或已撤销", {}, { "WWW-Authenticate": 'Bearer error="invalid_token"' }) : jsonError(401, "未登录或登录已失效");

/**
 * Wraps a JSON route handler: authenticates (API token or session cookie), checks the permission,
 * parses the path parameters, the JSON body and the query string with zod (messages in Chinese),
 * and maps domain errors to 4xx and an unreachable database to 503 with Retry-After — never a
 * stack trace. The returned handler carries its options as `.guard`, so tests can check that the
 * OpenAPI document describes exactly the schemas the handler parses with.
 */
export function guardedRoute<
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodType<Record<string, string>>,
>(opts: RouteOpts<B, Q, P>, handler: (ctx: RouteCtx<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<Response | unknown>) {
  const route = async (req: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const { viewer, bearer } = await routeCaller(req);
      if (!viewer) return unauthenticated(bearer);
      const refused = sessionRefusal(req, bearer, viewer.mustChangePassword && !opts.allowPendingPasswordChange);
      if (refused) return refused;
      if (!can(viewer.role, opts.permission)) return jsonError(404, "未找到");
      const p = await parseRequest(opts, req, ctx);
      if (p instanceof Response) return p;
      const out = await handler({ viewer, body: p.body as z.infer<B>, query: p.query as z.infer<Q>, params: p.params as z.infer<P>, req });
      return privateResponse(out instanceof Response ? out : Response.json(out));
    } catch (e) {
      return errorResponse(e);
    }
  };
  return Object.assign(route, { guard: opts });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const PASSWORD_CHANGE_PENDING = "请先修改初始密码";

/**
 * What a browser session may not do, whatever the route (an API token is unaffected):
 * - write from another site: a cookie-authenticated POST/PUT/… must say it comes from this site
 *   (Sec-Fetch-Site, else Origin; review F7) — SameSite=Lax alone lets a sibling subdomain through;
 * - anything at all before changing an imported account's initial password (review F8): the
 *   password was handed out in a spreadsheet, so until then the session is not the member's own.
 *   A token is a credential an admin issued on purpose, not derived from that password.
 */
function sessionRefusal(req: Request, bearer: boolean, pendingPassword: boolean): Response | null {
  if (bearer) return null;
  if (!SAFE_METHODS.has(req.method.toUpperCase()) && !sameOrigin(req)) return crossSiteRefused();
  if (pendingPassword) return jsonError(403, PASSWORD_CHANGE_PENDING);
  return null;
}

/** Answers computed for a caller are his: never stored by a browser or a shared cache. */
function privateResponse(res: Response): Response {
  if (res.headers.has("Cache-Control")) return res;
  try {
    res.headers.set("Cache-Control", "no-store");
    return res;
  } catch {
    // Immutable headers (Response.redirect): copy.
    const headers = new Headers(res.headers);
    headers.set("Cache-Control", "no-store");
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

/** A relative redirect (RFC 9110 allows it): right behind any proxy, whatever Host the app sees. */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

const NO_SCRIPT_CSP = contentSecurityPolicy("'none'");
const HTML_ERROR: Record<number, string> = { 404: "未找到", 422: "请求无法处理", 503: "数据库暂时不可用，请稍后重试" };

/** The error page of an `html` route: plain, no data, a way back. */
function htmlError(status: number, retryAfter?: string | null): Response {
  const text = HTML_ERROR[status] ?? "服务器内部错误，请稍后重试";
  const body = errorPageHtml(status, text, status === 404 ? "页面不存在，或不在您的查看范围内。" : "请稍后重试；如果问题持续，请联系管理员。");
  const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": NO_SCRIPT_CSP };
  if (retryAfter) headers["Retry-After"] = retryAfter;
  return new Response(body, { status, headers });
}

/**
 * Like guardedRoute, but the viewer is not loaded up front: the guard reads the credential (API
 * token hash, or the session id from the cookie) without a query, parses the input, and hands the
 * handler a `Caller` that its one statement authenticates (lib/auth/caller.ts). The handler throws
 * UnauthenticatedError when the statement found no one: a 401, as from guardedRoute (input the
 * guard refuses is checked against the caller first, so a stranger always gets the 401). Saves a
 * round trip per request on the hot path. Only for permissions that every role holds — the role
 * is not known before the statement — which is checked here, when the route is defined.
 *
 * `html: true`: the handler serves an HTML page (rendered without React for speed: the lesson
 * reader), guarded like a page — signed out → redirect to /login, a bad path or a domain 404 →
 * an HTML 404, never JSON; the handler throws PasswordChangePendingError for a member who must
 * change his password first (→ redirect to the password page).
 */
export function guardedCallerRoute<
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodType<Record<string, string>>,
>(
  opts: RouteOpts<B, Q, P> & { html?: boolean },
  handler: (ctx: Omit<RouteCtx<z.infer<B>, z.infer<Q>, z.infer<P>>, "viewer"> & { caller: Caller }) => Promise<Response | unknown>,
) {
  if (!heldByEveryRole(opts.permission)) {
    throw new Error(`guardedCallerRoute: "${opts.permission}" is not held by every role; use guardedRoute`);
  }
  const route = async (req: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Response> => {
    let bearer = false;
    try {
      const credential = await routeCredential(req);
      bearer = credential.bearer;
      const caller: Caller | null = credential.caller;
      if (!caller) throw new UnauthenticatedError();
      // The pending password change is checked inside the handler's own statement (the caller
      // CTE reports it), so only the cross-site check happens here.
      const refused = sessionRefusal(req, bearer, false);
      if (refused) {
        await assertCaller(db(), caller);
        return refused;
      }
      const p = await parseRequest(opts, req, ctx);
      if (p instanceof Response) {
        await assertCaller(db(), caller); // a stranger's bad input is a 401, as with guardedRoute
        return opts.html ? htmlError(404) : p;
      }
      const out = await handler({ caller, body: p.body as z.infer<B>, query: p.query as z.infer<Q>, params: p.params as z.infer<P>, req });
      return privateResponse(out instanceof Response ? out : Response.json(out));
    } catch (e) {
      if (e instanceof UnauthenticatedError) return opts.html && !bearer ? seeOther("/login") : unauthenticated(bearer);
      if (e instanceof PasswordChangePendingError) return opts.html ? seeOther("/account/password") : jsonError(403, PASSWORD_CHANGE_PENDING);
      if (!opts.html) return errorResponse(e);
      const json = errorResponse(e);
      return htmlError(json.status, json.headers.get("Retry-After"));
    }
  };
  return Object.assign(route, { guard: opts });
}

export function errorResponse(e: unknown): Response {
  if (e instanceof UserError) return jsonError(422, e.message);
  if (e instanceof NotFoundError) return jsonError(404, "未找到");
  if (isDatabaseUnavailable(e)) return jsonError(503, "数据库暂时不可用，请稍后重试", {}, { "Retry-After": "5" });
  console.error(e);
  return jsonError(500, "服务器内部错误");
}
