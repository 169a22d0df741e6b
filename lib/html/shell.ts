/**
 * The app shell (app/layout.tsx + app/(app)/layout.tsx) as an HTML string, for pages served by
 * route handlers with no framework JavaScript (the lesson reader: issue 8, first-load JS). Same
 * markup and classes as the React layouts, so Tailwind's build already contains every class.
 * Keep the two in step: e2e/learn.spec.ts checks the header, navigation and sign-out here.
 */
import { esc } from "./escape";
import { iconSvg, type IconName } from "./icons";

export interface ShellNavItem {
  href: string;
  label: string;
  icon: IconName;
}

export interface ShellInput {
  title: string;
  /** Where the member is: marks the matching nav item as the current page. */
  pathname: string;
  viewer: { name: string; roleLabel: string };
  nav: ShellNavItem[];
  /** The phone's tab bar shows the first this many items. */
  bottomMax?: number;
  /** Unread notifications: the header's bell (absent: no bell). */
  unread?: number;
  stylesheets: string[];
  /** Inner HTML of <main>: already rendered and escaped by the caller. */
  main: string;
  /** Inline script source (trusted, built by the caller); the response's CSP must allow its hash. */
  script?: string;
}

function navLinks(items: ShellNavItem[], pathname: string, variant: "top" | "bottom"): string {
  const ul = variant === "bottom" ? `<ul class="grid" style="grid-template-columns:repeat(${items.length}, 1fr)">` : `<ul class="flex gap-1">`;
  const lis = items.map((item) => {
    const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
    const cls =
      variant === "bottom"
        ? `flex min-h-14 flex-col items-center justify-center gap-0.5 whitespace-nowrap text-xs ${active ? "text-brand-700 font-semibold" : "text-stone-600"}`
        : `rounded-lg px-3 py-2 text-sm ${active ? "bg-brand-50 font-semibold text-brand-700" : "text-stone-700 hover:bg-stone-100"}`;
    const icon = variant === "bottom" ? iconSvg(item.icon, "size-5") : "";
    return `<li><a href="${esc(item.href)}"${active ? ' aria-current="page"' : ""} class="${cls}">${icon}${esc(item.label)}</a></li>`;
  });
  return `${ul}${lis.join("")}</ul>`;
}

/** Same markup as components/shell/bell.tsx. */
function bell(unread: number): string {
  const badge = unread
    ? `<span class="absolute right-1 top-1 min-w-5 rounded-full bg-brand-700 px-1 text-center text-xs font-semibold leading-5 text-white">${unread > 99 ? "99+" : unread}<span class="sr-only"> 条未读</span></span>`
    : "";
  return `<a href="/notifications" class="relative inline-flex size-11 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100">${iconSvg("bell", "size-6")}<span class="sr-only">通知</span>${badge}</a>`;
}

export function renderShell(p: ShellInput): string {
  const links = p.stylesheets.map((href) => `<link rel="stylesheet" href="${esc(href)}">`).join("");
  const script = p.script ? `<script>${p.script}</script>` : "";
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="theme-color" content="#a51616">` +
    `<link rel="icon" href="/icon.svg" type="image/svg+xml">` +
    `<title>${esc(p.title)} · 微信使用规范学堂</title>` +
    `<meta name="description" content="公职人员微信使用规范培训与自测">${links}</head>` +
    `<body class="min-h-dvh">` +
    `<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">跳到主要内容</a>` +
    `<div class="min-h-dvh pb-16 md:pb-0">` +
    `<header data-app-header class="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur no-print">` +
    `<div class="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2">` +
    `<a href="/" class="font-bold text-brand-700">微信使用规范学堂</a>` +
    `<nav aria-label="主导航" class="hidden md:block">${navLinks(p.nav, p.pathname, "top")}</nav>` +
    `<div class="flex items-center gap-1 text-sm">` +
    `<span class="hidden text-stone-600 sm:inline">${esc(p.viewer.name)} · ${esc(p.viewer.roleLabel)}</span>` +
    (p.unread === undefined ? "" : bell(p.unread)) +
    // A plain link to the confirmation page (components/shell/sign-out-button.tsx): works without JavaScript.
    `<a href="/account/sign-out" class="inline-flex min-h-11 items-center rounded-lg px-3 text-sm text-stone-700 hover:bg-stone-100">退出登录</a>` +
    `</div></div></header>` +
    `<main id="main" class="mx-auto max-w-5xl px-4 py-5">${p.main}</main>` +
    (p.nav.length > 1
      ? `<nav aria-label="底部导航" data-app-nav class="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white md:hidden no-print">${navLinks(p.nav.slice(0, p.bottomMax ?? p.nav.length), p.pathname, "bottom")}</nav>`
      : "") +
    `</div>${script}</body></html>`
  );
}
