/**
 * The lesson reader, served as a complete HTML document with no framework JavaScript (issue 8:
 * first-load JS ≤ 120 kB and the framework floor's request rate — an App Router page ships
 * ~132 kB of React and router runtime and renders per request). Per request: the session check,
 * one statement (lib/content/lesson-page.ts, which also records the visit) and string
 * concatenation around the cached lesson body. The one inline script marks the lesson learned on
 * reaching the end; the "mark as learned" form works without it.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { navFor } from "@/components/shell/nav";
import { NotFoundError, guardedRoute } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { LESSON_CSP, LESSON_SCRIPT } from "@/lib/content/lesson-html";
import { lessonPage } from "@/lib/content/lesson-page";
import { markLearned } from "@/lib/content/progress";
import { ZSlug } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { path } from "@/lib/html/escape";
import { renderShell } from "@/lib/html/shell";
import { layoutStylesheets } from "@/lib/html/stylesheets";
import { crossSiteRefused, sameOrigin } from "@/lib/security/same-origin";
import { onLessonLearned } from "@/lib/tracking/aggregates";

const ZParams = z.object({ module: ZSlug, lesson: ZSlug });

/**
 * Not a document request: the App Router's client (a <Link> elsewhere) fetching or prefetching
 * this URL as RSC, or a browser prefetch. Answered empty — the router then navigates to the
 * document itself — and, above all, without recording a visit nobody made.
 */
function notADocumentRequest(req: Request): boolean {
  const h = req.headers;
  return h.has("rsc") || h.has("next-router-prefetch") || /prefetch/i.test(h.get("sec-purpose") ?? h.get("purpose") ?? "");
}

export const GET = guardedRoute({ permission: "learn", params: ZParams, html: true }, async ({ viewer, params, req }) => {
  if (notADocumentRequest(req)) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  const page = await lessonPage(db(), params.module, params.lesson, viewer.id, { recordVisit: true });
  if (!page) throw new NotFoundError();
  const html = renderShell({
    title: page.frame.title,
    pathname: path("learn", params.module, params.lesson),
    viewer: { name: viewer.name, roleLabel: ROLE_LABEL[viewer.role] },
    nav: navFor(viewer.role),
    stylesheets: layoutStylesheets(),
    main: page.html,
    script: page.frame.learned ? undefined : LESSON_SCRIPT,
  });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "Content-Security-Policy": LESSON_CSP },
  });
});

/**
 * "Mark as learned": from the page's form (no JavaScript: answered with a redirect back to the
 * end of the lesson) or its script (Accept: application/json). Only from this site (CSRF).
 */
export const POST = guardedRoute({ permission: "learn", params: ZParams }, async ({ viewer, params, req }) => {
  if (!sameOrigin(req)) return crossSiteRefused();
  if (!(await markLearned(db(), viewer.id, params.lesson))) throw new NotFoundError();
  await onLessonLearned(db(), viewer.id).catch((e) => console.error("[tracking] onLessonLearned", e));
  revalidatePath("/learn", "layout");
  if (/application\/json/.test(req.headers.get("accept") ?? "")) return Response.json({ ok: true });
  return new Response(null, { status: 303, headers: { Location: `${path("learn", params.module, params.lesson)}#lesson-end` } });
});
