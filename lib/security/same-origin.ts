/**
 * CSRF defence for cookie-authenticated form and fetch POSTs outside server actions (Next checks
 * those itself): the browser must say the request comes from this site. Sec-Fetch-Site when sent
 * (every current browser), else Origin against the Host the request was addressed to (through a
 * proxy: X-Forwarded-Host, as Next's own server-action check does). A POST with neither is
 * refused: a browser always sends one of them, and only a browser carries the session cookie
 * without being told to.
 */
export function sameOrigin(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = req.headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = (req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  try {
    return host !== "" && new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

export function crossSiteRefused(): Response {
  return Response.json({ error: "请求来源无效，请刷新页面后重试" }, { status: 403, headers: { "Cache-Control": "no-store" } });
}
