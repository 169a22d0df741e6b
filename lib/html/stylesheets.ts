/**
 * The stylesheet(s) the root layout (app/layout.tsx → app/globals.css) compiles to, for documents
 * rendered without React by route handlers: they must look like every other page, and Next only
 * links CSS into the pages it renders itself.
 *
 * Source of truth: the prerendered not-found page of the production build, which Next always
 * emits with exactly the root layout's <link rel="stylesheet">s. Read once per process (a build
 * never changes under a running server). When it cannot be found (a broken build) the page is
 * served unstyled but complete, and the problem is logged once. `next dev` has no build to read:
 * there `documentStylesheets` asks the dev server itself for the sign-in page.
 */
import fs from "node:fs";
import path from "node:path";

let cached: string[] | null = null;

/** `<link rel="stylesheet" href="…">` hrefs in an HTML document, in order, deduplicated. */
export function stylesheetHrefs(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = tag.match(/\bhref=["']([^"']+)["']/i)?.[1];
    // Only the build's own assets: a same-site path, never another host.
    if (href && href.startsWith("/") && !href.startsWith("//") && !out.includes(href)) out.push(href);
  }
  return out;
}

export function layoutStylesheets(distDir = path.join(process.cwd(), ".next")): string[] {
  if (cached) return cached;
  for (const candidate of [path.join(distDir, "server/app/_not-found.html"), path.join(distDir, "server/pages/404.html")]) {
    try {
      const hrefs = stylesheetHrefs(fs.readFileSync(/*turbopackIgnore: true*/ candidate, "utf8"));
      if (hrefs.length) return (cached = hrefs);
    } catch {
      // not this one
    }
  }
  console.error(`[html] no stylesheet found in the build at ${distDir}: pages rendered without React are unstyled`);
  return (cached = []);
}

/**
 * The stylesheets for a document answered to `requestUrl`. In production, the build's
 * (layoutStylesheets). Under `next dev` — no build; CSS names change as files are edited — they
 * are read per request from the sign-in page (public, and rendered by the root layout) of the same
 * dev server the browser is talking to; unstyled if that fails.
 */
export async function documentStylesheets(requestUrl: string, dev = process.env.NODE_ENV === "development"): Promise<string[]> {
  if (!dev) return layoutStylesheets();
  try {
    const res = await fetch(new URL("/login", requestUrl), { redirect: "error", signal: AbortSignal.timeout(10_000) });
    return stylesheetHrefs(await res.text());
  } catch {
    return [];
  }
}

/** Tests only. */
export function resetStylesheetCache() {
  cached = null;
}
