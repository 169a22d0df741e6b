/**
 * The lesson reader as HTML strings (issue 8): the same markup and classes as the React
 * components it replaces (components/wechat/chat.tsx, components/learn/*), served by
 * app/(app)/learn/[module]/[lesson]/route.ts with no framework JavaScript. Every text from
 * content or the database goes through `esc`; lib/content/lesson-html.test.ts renders a lesson
 * full of markup to prove it.
 *
 * Split in two: `renderLessonBody` depends on the lesson's content only (cached per content
 * version, lib/content/lesson-page.ts), `renderLessonMain` adds what depends on the course order
 * and the reader (position, neighbours, learned or not).
 */
import { esc, path } from "../html/escape";
import { iconSvg } from "../html/icons";
import { contentSecurityPolicy } from "../security/csp";
import { citationText } from "./citation";
import type { LessonBody } from "./queries";
import type { TChatMessage, TCitation, TExample } from "./schema";

export type { LessonBody } from "./queries";

function citation(c: TCitation): string {
  return `<cite class="block text-xs not-italic text-stone-600">${esc(citationText(c))}</cite>`;
}

/* ------------------------------------------------------------------ chat (components/wechat/chat.tsx) */

const SELF = "我";

function avatar(name: string): string {
  return `<span aria-hidden="true" class="flex size-9 shrink-0 items-center justify-center rounded-md bg-stone-400 text-sm font-medium text-white">${esc(name.slice(-1))}</span>`;
}

function payload(m: TChatMessage): string {
  switch (m.kind) {
    case "redpacket":
      return (
        `<span class="block w-52 overflow-hidden rounded-md bg-[#c2410c] text-white"><span class="flex items-center gap-2 px-3 py-2">` +
        `${iconSvg("redPacket", "size-6")}<span class="text-sm leading-snug">${esc(m.text || "恭喜发财，大吉大利")}</span></span>` +
        `<span class="block bg-white/90 px-3 py-0.5 text-[11px] text-stone-600">微信红包${m.meta ? ` · ¥${esc(m.meta)}` : ""}</span></span>`
      );
    case "transfer":
      return `<span class="block w-52 rounded-md bg-[#c2410c] px-3 py-2 text-white"><span class="block text-lg">¥${esc(m.meta ?? "")}</span><span class="block text-xs">${esc(m.text || "转账")}</span></span>`;
    case "voice":
      return (
        `<span class="inline-flex items-center gap-2">${iconSvg("volume", "size-4")}<span>${esc(m.meta ?? "")}</span>` +
        `${m.text ? `<span class="sr-only">语音内容：${esc(m.text)}</span>` : ""}</span>`
      );
    case "link":
      return (
        `<span class="block w-56 rounded-md bg-white p-2 text-sm"><span class="line-clamp-2 font-medium">${esc(m.text)}</span>` +
        `${m.meta ? `<span class="mt-1 block text-xs text-stone-600">${esc(m.meta)}</span>` : ""}</span>`
      );
    case "image":
      return `<span class="flex h-24 w-32 items-center justify-center rounded-md bg-stone-300 p-2 text-center text-xs text-stone-700">[图片] ${esc(m.text)}</span>`;
    default:
      return `<span class="whitespace-pre-wrap">${esc(m.text)}</span>`;
  }
}

function bubble(m: TChatMessage): string {
  if (m.kind === "system" || m.kind === "recall") {
    const text = m.kind === "recall" ? `“${m.from}”撤回了一条消息` : m.text;
    return `<li class="py-1 text-center text-xs text-stone-700"><span class="inline-block rounded bg-stone-200 px-2 py-0.5">${esc(text)}</span></li>`;
  }
  const self = m.from === SELF;
  const bare = m.kind === "redpacket" || m.kind === "transfer" || m.kind === "image" || m.kind === "link";
  const cls = bare ? "" : `rounded-md px-3 py-2 text-[15px] leading-relaxed ${self ? "bg-bubble-self" : "bg-white"}`;
  return (
    `<li class="flex items-start gap-2 ${self ? "flex-row-reverse" : ""}">${avatar(m.from)}` +
    `<div class="flex max-w-[78%] flex-col ${self ? "items-end" : "items-start"}">` +
    (self ? `<span class="sr-only">我：</span>` : `<span class="mb-0.5 text-xs text-stone-600">${esc(m.from)}</span>`) +
    `<span class="${cls}">${payload(m)}</span></div></li>`
  );
}

export function renderChat(title: string, setting: TExample["setting"], messages: TChatMessage[]): string {
  if (setting === "moments") {
    const [post, ...comments] = messages;
    return (
      `<figure class="rounded-xl border border-stone-300 bg-white p-3" aria-label="${esc(`朋友圈：${title}`)}">` +
      `<figcaption class="sr-only">朋友圈 ${esc(title)}</figcaption><div class="flex gap-2">${avatar(post.from)}` +
      `<div class="min-w-0 flex-1"><p class="font-medium text-[#576b95]">${esc(post.from)}</p><div class="mt-1 text-[15px]">${payload(post)}</div>` +
      (comments.length
        ? `<ul class="mt-2 space-y-1 rounded bg-stone-100 p-2 text-sm" aria-label="评论">${comments
            .map((c) => `<li><span class="text-[#576b95]">${esc(c.from)}</span>：${esc(c.text)}</li>`)
            .join("")}</ul>`
        : "") +
      `</div></div></figure>`
    );
  }
  const label = setting === "private" ? `与${title}的私聊` : `群聊${title}`;
  return (
    `<figure class="overflow-hidden rounded-xl border border-stone-300 bg-chat-bg" aria-label="${esc(label)}">` +
    `<figcaption class="border-b border-stone-300 bg-[#f7f7f7] px-3 py-2 text-center text-sm font-medium">${esc(title)}` +
    `${setting === "group" ? `<span class="sr-only">（群聊）</span>` : ""}</figcaption>` +
    `<ol class="space-y-3 px-3 py-3">${messages.map(bubble).join("")}</ol></figure>`
  );
}

/* ------------------------------------------------------------------ the lesson */

export interface LessonCase {
  code: string;
  title: string;
  facts: string;
  outcome: string;
  positive: boolean;
  citation: TCitation;
}

/** Explanation, quotes, examples, cases and "why it matters": the lesson's content, nothing per reader. */
export function renderLessonBody(body: LessonBody, cases: LessonCase[]): string {
  const explanation = body.explanation
    .split(/\n\s*\n/)
    .map((para) => `<p>${esc(para)}</p>`)
    .join("");
  const quotes = body.quotes
    .map((q) => `<blockquote class="space-y-1 border-l-4 border-brand-700 bg-brand-50 px-4 py-3"><p>${esc(q.text)}</p>${citation(q.citation)}</blockquote>`)
    .join("");
  const examples = body.examples
    .map(
      (ex) =>
        `<div class="space-y-2"><p class="text-sm font-semibold ${ex.verdict === "do" ? "text-green-700" : "text-red-700"}">${ex.verdict === "do" ? "✓ 这样做" : "✗ 不要这样"}</p>` +
        `${renderChat(ex.title, ex.setting, ex.messages)}<p class="text-sm text-stone-700">${esc(ex.note)}</p></div>`,
    )
    .join("");
  const caseCards = cases
    .map(
      (k) =>
        `<div class="space-y-2 rounded-xl border p-4 ${k.positive ? "border-green-200 bg-green-50" : "border-amber-200 bg-amber-50"}">` +
        `<h3 class="font-medium">${esc(k.code)} · ${esc(k.title)}</h3><p class="text-sm">${esc(k.facts)}</p>` +
        `<p class="text-sm font-medium">${esc(k.outcome)}</p>${citation(k.citation)}</div>`,
    )
    .join("");
  return (
    `<section aria-label="讲解" class="space-y-3 text-[17px]">${explanation}</section>` +
    `<section aria-labelledby="quote-title" class="space-y-3"><h2 id="quote-title" class="font-semibold">规定原文</h2>${quotes}</section>` +
    `<section aria-labelledby="examples-title" class="space-y-4"><h2 id="examples-title" class="font-semibold">正反示例</h2>${examples}</section>` +
    (cases.length ? `<section aria-labelledby="cases-title" class="space-y-3"><h2 id="cases-title" class="font-semibold">案例</h2>${caseCards}</section>` : "") +
    `<section aria-labelledby="why-title" class="rounded-xl bg-stone-800 p-4 text-white"><h2 id="why-title" class="mb-1 text-sm font-semibold text-amber-300">为什么重要</h2><p>${esc(body.why)}</p></section>`
  );
}

export interface LessonFrame {
  id: string;
  title: string;
  module: { slug: string; title: string };
  rules: string[];
  readingMinutes: number;
  indexInModule: number;
  lessonsInModule: number;
  learned: boolean;
  prev: { href: string; title: string } | null;
  next: { href: string; title: string } | null;
}

function progressBar(value: number, max: number, label: string): string {
  const pct = max ? Math.round((value / max) * 100) : 0;
  return (
    `<div role="progressbar" aria-label="${esc(label)}" aria-valuemin="0" aria-valuemax="${max}" aria-valuenow="${value}" aria-valuetext="${value}/${max}" class="h-2 w-full overflow-hidden rounded-full bg-stone-200">` +
    `<div class="h-full rounded-full bg-brand-700 transition-[width]" style="width:${pct}%"></div></div>`
  );
}

/**
 * "Mark as learned": the cadre's own act, a plain POST form back to the lesson's URL (answered with
 * a redirect to #lesson-end). Scrolling marks nothing: the ledger a secretary signs relies on it.
 */
function tracker(l: LessonFrame): string {
  return (
    `<section id="lesson-end" aria-label="学习记录" class="flex flex-col items-center gap-2 rounded-2xl border border-stone-200 bg-white p-4 text-center no-print">` +
    `<p id="lesson-status" role="status" aria-live="polite" class="text-sm ${l.learned ? "font-semibold text-green-800" : "text-stone-600"}">` +
    `${l.learned ? "✓ 本课已学完，已记入你的学习记录" : "读完本课后，请点击下方按钮，记入你的学习记录（支部据此统计学习情况）。"}</p>` +
    (l.learned
      ? ""
      : `<form method="post" action="${esc(path("learn", l.module.slug, l.id))}"><button type="submit" class="min-h-11 rounded-xl bg-brand-700 px-6 text-white hover:bg-brand-800">标记为已学</button></form>`) +
    `</section>`
  );
}

function neighbour(link: { href: string; title: string }, dir: "prev" | "next"): string {
  return dir === "prev"
    ? `<a href="${esc(link.href)}" class="rounded-xl border border-stone-300 bg-white p-3 text-sm hover:bg-stone-50"><span class="block text-stone-500">‹ 上一课</span>${esc(link.title)}</a>`
    : `<a href="${esc(link.href)}" class="rounded-xl border border-stone-300 bg-white p-3 text-right text-sm hover:bg-stone-50"><span class="block text-stone-500">下一课 ›</span>${esc(link.title)}</a>`;
}

/** The whole <article>: header (breadcrumbs, title, position, rules, progress), `bodyHtml`, tracker, neighbours. */
export function renderLessonMain(l: LessonFrame, bodyHtml: string): string {
  const rules = l.rules.map((code, i) => `${i ? "、" : ""}<a href="${esc(path("rules", code))}" class="text-brand-700 underline-offset-2 hover:underline">${esc(code)}</a>`).join("");
  return (
    `<article aria-labelledby="lesson-title" class="mx-auto max-w-2xl space-y-6"><header class="space-y-2">` +
    `<nav aria-label="面包屑" class="text-sm text-stone-500"><a href="/learn" class="hover:underline">我的课程</a> › ` +
    `<a href="${esc(path("learn", l.module.slug))}" class="hover:underline">${esc(l.module.title)}</a></nav>` +
    `<h1 id="lesson-title" class="text-2xl font-bold leading-snug">${esc(l.title)}</h1>` +
    `<p class="text-sm text-stone-600">第 ${l.indexInModule}/${l.lessonsInModule} 课 · 约 ${l.readingMinutes} 分钟 · ${rules}</p>` +
    `${progressBar(l.indexInModule, l.lessonsInModule, "本模块中的位置")}</header>` +
    bodyHtml +
    tracker(l) +
    `<nav aria-label="上一课和下一课" class="grid grid-cols-2 gap-3 no-print">${l.prev ? neighbour(l.prev, "prev") : "<span></span>"}${l.next ? neighbour(l.next, "next") : ""}</nav>` +
    `</article>`
  );
}

/** The lesson document's Content-Security-Policy: no script at all (the page has none). */
export const LESSON_CSP = contentSecurityPolicy(`'none'`);
