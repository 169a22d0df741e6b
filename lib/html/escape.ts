/**
 * HTML escaping for documents rendered as strings (pages served by route handlers without React,
 * see lib/html/shell.ts). Every text from content or the database passes through `esc`; markup is
 * only ever produced by the renderers themselves. `html` marks a string as already-safe markup.
 */

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element body or a quoted attribute value: all five significant characters escaped. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITY[c]);
}

/**
 * A same-site path for an href: only "/…" (not "//…", which is another host) with each segment
 * percent-encoded, so a content value can neither change the scheme (javascript:) nor the host.
 */
export function path(...segments: string[]): string {
  return "/" + segments.map((s) => encodeURIComponent(s)).join("/");
}
