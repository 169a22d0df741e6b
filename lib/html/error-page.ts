/**
 * A standalone error page in Chinese, for answers given before any React page renders: proxy.ts
 * (an undecodable URL, a NUL in the query) and the plain-HTML routes (lib/auth/guard.ts). Styled
 * inline in the app's colours (the CSP allows inline styles, never scripts); no data, a way back.
 */
import { esc } from "./escape";

export function errorPageHtml(status: number, title: string, detail: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} · 微信使用规范学堂</title></head>
<body style="margin:0;min-height:100dvh;display:flex;align-items:center;justify-content:center;background:#fafaf9;color:#1c1917;font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif">
<main style="box-sizing:border-box;width:min(28rem,calc(100% - 2rem));padding:1.5rem;border:1px solid #e7e5e4;border-radius:1rem;background:#fff">
<p style="margin:0;font-size:.875rem;color:#a51616;font-weight:600">微信使用规范学堂 · ${status}</p>
<h1 style="margin:.5rem 0 0;font-size:1.25rem">${esc(title)}</h1>
<p style="margin:.75rem 0 0;line-height:1.6;color:#57534e">${esc(detail)}</p>
<p style="margin:1.25rem 0 0"><a href="/" style="display:inline-block;padding:.625rem 1rem;border-radius:.75rem;background:#a51616;color:#fff;text-decoration:none;min-height:2.75rem;box-sizing:border-box;line-height:1.5">返回首页</a></p>
</main></body></html>`;
}
