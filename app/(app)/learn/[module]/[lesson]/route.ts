/**
 * The lesson reader, served as a complete HTML document with no framework JavaScript (issue 8:
 * first-load JS ≤ 120 kB and the framework floor's request rate — an App Router page ships
 * ~132 kB of React and router runtime and renders per request). Per request: one statement
 * (lib/content/lesson-page.ts: it authenticates the session, reads the lesson and records the
 * visit) and string concatenation around the cached lesson body; proxy.ts does not run for it.
 * The one inline script marks the lesson learned on reaching the end; the "mark as learned" form
 * works without it.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { BOTTOM_MAX, navFor } from "@/components/shell/nav";
import { assertCaller } from "@/lib/auth/caller";
import { NotFoundError, guardedCallerRoute, guardedRoute } from "@/lib/auth/guard";
import { LESSON_CSP } from "@/lib/content/lesson-html";
import { readLesson } from "@/lib/content/lesson-page";
import { markLearned } from "@/lib/content/progress";
import { ZSlug } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { PasswordChangePendingError, UnauthenticatedError } from "@/lib/errors";
import { path } from "@/lib/html/escape";
import { renderShell } from "@/lib/html/shell";
import { documentStylesheets } from "@/lib/html/stylesheets";
import { onLessonLearned } from "@/lib/tracking/aggregates";
import { ROLE_LABEL } from "@/lib/labels";

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

export const GET = guardedCallerRoute({ permission: "learn", params: ZParams, html: true }, async ({ caller, params, req }) => {
  if (notADocumentRequest(req)) {
    await assertCaller(db(), caller);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  }
  const read = await readLesson(db(), params.module, params.lesson, caller, { recordVisit: true });
  if (!read) throw new UnauthenticatedError();
  if (read.reader.mustChangePassword) throw new PasswordChangePendingError();
  const { reader, page } = read;
  if (!page) throw new NotFoundError();
  const html = renderShell({
    title: page.frame.title,
    pathname: path("learn", params.module, params.lesson),
    viewer: { name: reader.name, roleLabel: ROLE_LABEL[reader.role] },
    nav: navFor(reader.role, reader.unitKind),
    bottomMax: BOTTOM_MAX,
    unread: reader.unread,
    stylesheets: await documentStylesheets(req.url),
    main: page.html,
  });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "Content-Security-Policy": LESSON_CSP },
  });
});

/**
 * "Mark as learned": from the page's form (answered with a redirect back to the end of the lesson),
 * or from a client asking for JSON (Accept: application/json). Only from this site (the guard's CSRF check).
 */
export const POST = guardedRoute({ permission: "learn", params: ZParams }, async ({ viewer, params, req }) => {
  if (!(await markLearned(db(), viewer.id, params.lesson, params.module))) throw new NotFoundError(); // the URL's module, as GET
  await onLessonLearned(db(), viewer.id).catch((e) => console.error("[tracking] onLessonLearned", e));
  revalidatePath("/learn", "layout");
  if (/application\/json/.test(req.headers.get("accept") ?? "")) return Response.json({ ok: true });
  return new Response(null, { status: 303, headers: { Location: `${path("learn", params.module, params.lesson)}#lesson-end` } });
});
