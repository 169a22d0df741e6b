/**
 * Content-Security-Policy for pages: scripts only with this response's nonce ('strict-dynamic'
 * lets Next's own loader pull its chunks), no inline script, no framing, no plugins. Styles allow
 * inline attributes (charts and progress bars set widths inline); that is not a script vector.
 */
export function buildCsp(nonce: string, dev = false): string {
  return contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

/**
 * The same policy with other script sources: the plain-HTML routes, which proxy.ts skips (it
 * costs a third of such a request), allow their one inline script by its hash, or none at all.
 */
export function contentSecurityPolicy(scriptSrc: string): string {
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

/** Headers for every response (pages, API, files). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];
