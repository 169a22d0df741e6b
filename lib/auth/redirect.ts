/**
 * next-auth's redirect callback (kept apart from lib/auth/options.ts so that it tests without the provider).
 * Where to go after signing in or out: a path on this site, or a URL of this site; anything else
 * (another site, or text that is no URL at all) goes home. next-auth's default calls `new URL()` on
 * the callbackUrl parameter or the next-auth.callback-url cookie unguarded, so an unparsable one —
 * planted in the cookie, it broke every /api/auth request of that browser — was a 500 (review F10).
 */
export function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    /* not a URL: home */
  }
  return baseUrl;
}
