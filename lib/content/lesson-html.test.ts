import { expect, test } from "vitest";
import { esc, path } from "../html/escape";
import { renderShell } from "../html/shell";
import { LESSON_CSP, renderChat, renderLessonBody, renderLessonMain, type LessonBody, type LessonFrame } from "./lesson-html";

const EVIL = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;`;
/** Raw markup that must never survive into the output: tags and attribute breakouts. */
const expectNoMarkupFrom = (html: string) => {
  expect(html).not.toContain("<script>");
  expect(html).not.toContain("<img");
  expect(html).not.toMatch(/onerror='/);
  expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;amp;");
};

test("esc escapes the five characters that are markup, and nothing else", () => {
  expect(esc(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  expect(esc("微信红包 · ¥200")).toBe("微信红包 · ¥200");
  expect(esc(3)).toBe("3");
});

test("path keeps links on this site: segments are encoded, no scheme or host can be injected", () => {
  expect(path("learn", "red-lines", "v2-no-rumors")).toBe("/learn/red-lines/v2-no-rumors");
  expect(path("rules", "javascript:alert(1)")).toBe("/rules/javascript%3Aalert(1)");
  expect(path("rules", "/evil.example")).toBe("/rules/%2Fevil.example");
  expect(path("rules", `"><script>`)).toBe("/rules/%22%3E%3Cscript%3E");
});

const body = (t: string): LessonBody => ({
  explanation: `${t}\n\n第二段${t}`,
  quotes: [{ text: t, citation: { source: "A", publication: t, date: "2015-12", note: t } }],
  examples: [
    {
      verdict: "dont",
      setting: "group",
      title: t,
      note: t,
      messages: [
        { from: t, text: t, kind: "text" },
        { from: "我", text: t, kind: "redpacket", meta: t },
        { from: t, text: t, kind: "transfer", meta: t },
        { from: t, text: t, kind: "voice", meta: t },
        { from: t, text: t, kind: "link", meta: t },
        { from: t, text: t, kind: "image" },
        { from: t, text: t, kind: "system" },
        { from: t, text: "", kind: "recall" },
      ],
    },
    { verdict: "do", setting: "moments", title: t, note: t, messages: [{ from: t, text: t, kind: "text" }, { from: t, text: t, kind: "text" }] },
    { verdict: "do", setting: "private", title: t, note: t, messages: [{ from: t, text: t, kind: "text" }] },
  ],
  why: t,
});

test("a lesson whose every text is markup renders it as text", () => {
  const html = renderLessonBody(body(EVIL), [
    { code: EVIL, title: EVIL, facts: EVIL, outcome: EVIL, positive: false, citation: { source: "B", note: EVIL } },
  ]);
  expectNoMarkupFrom(html);
  // Every occurrence is escaped: count the escaped copies against the raw texts fed in.
  expect(html.split("&lt;script&gt;").length - 1).toBeGreaterThan(25);
});

const frame = (t: string, over: Partial<LessonFrame> = {}): LessonFrame => ({
  id: "v2-no-rumors",
  title: t,
  module: { slug: "red-lines", title: t },
  rules: ["R2", "R3"],
  readingMinutes: 3,
  indexInModule: 2,
  lessonsInModule: 3,
  learned: false,
  prev: { href: "/learn/red-lines/v1", title: t },
  next: { href: "/learn/red-lines/v3", title: t },
  ...over,
});

test("the lesson frame escapes titles and the shell escapes the member's name", () => {
  const main = renderLessonMain(frame(EVIL), "");
  expectNoMarkupFrom(main);
  const doc = renderShell({
    title: EVIL,
    pathname: "/learn/red-lines/v2-no-rumors",
    viewer: { name: EVIL, roleLabel: "学员" },
    nav: [{ href: "/learn", label: "学习", icon: "book" }, { href: "/quiz", label: "测验", icon: "pencil" }],
    stylesheets: ["/_next/static/chunks/a.css"],
    main,
  });
  // The lesson runs no script at all, and its policy allows none.
  expect(doc).not.toMatch(/<script\b/);
  expect(LESSON_CSP).toContain("script-src 'none'");
  expect(doc).toContain(`<title>&lt;script&gt;`);
});

test("the frame: breadcrumbs, position, rule links, progress bar, the learn form, neighbours", () => {
  const html = renderLessonMain(frame("不造谣不传谣"), "<section>BODY</section>");
  expect(html).toContain(`<a href="/learn" class="hover:underline">我的课程</a> › <a href="/learn/red-lines"`);
  expect(html).toContain(`<h1 id="lesson-title" class="text-2xl font-bold leading-snug">不造谣不传谣</h1>`);
  expect(html).toContain("第 2/3 课 · 约 3 分钟 · ");
  expect(html).toContain(`<a href="/rules/R2" class="text-brand-700 underline-offset-2 hover:underline">R2</a>、<a href="/rules/R3"`);
  expect(html).toContain(`role="progressbar" aria-label="本模块中的位置" aria-valuemin="0" aria-valuemax="3" aria-valuenow="2" aria-valuetext="2/3"`);
  expect(html).toContain("width:67%");
  expect(html).toContain(`<form method="post" action="/learn/red-lines/v2-no-rumors"><button type="submit"`);
  // Marked learned only by the cadre's own button: the page says so, and carries no script.
  expect(html).toContain(`<p id="lesson-status" role="status" aria-live="polite" class="text-sm text-stone-600">读完本课后，请点击下方按钮`);
  expect(html).not.toContain("<script");
  expect(html).toContain("‹ 上一课");
  expect(html).toContain("下一课 ›");
  expect(html.indexOf("BODY")).toBeLessThan(html.indexOf('id="lesson-end"'));

  const learnedLast = renderLessonMain(frame("t", { learned: true, next: null, prev: null }), "");
  expect(learnedLast).toContain("✓ 本课已学完");
  expect(learnedLast).not.toContain("<form");
  expect(learnedLast).toContain(`<nav aria-label="上一课和下一课" class="grid grid-cols-2 gap-3 no-print"><span></span></nav>`);
});

test("chat markup matches the React ChatWindow: labels, own bubbles on the right, screen-reader text", () => {
  const group = renderChat("办公室群", "group", [
    { from: "张三", text: "收到", kind: "text" },
    { from: "我", text: "好的", kind: "text" },
    { from: "李四", text: "转发的内容", kind: "voice", meta: "12″" },
  ]);
  expect(group).toContain(`<figure class="overflow-hidden rounded-xl border border-stone-300 bg-chat-bg" aria-label="群聊办公室群">`);
  expect(group).toContain(`<span class="sr-only">（群聊）</span>`);
  expect(group).toContain(`<li class="flex items-start gap-2 flex-row-reverse">`);
  expect(group).toContain(`<span class="sr-only">我：</span>`);
  expect(group).toContain(`<span class="sr-only">语音内容：转发的内容</span>`);
  expect(renderChat("王五", "private", [{ from: "王五", text: "在吗", kind: "text" }])).toContain(`aria-label="与王五的私聊"`);
  const moments = renderChat("赵六", "moments", [
    { from: "赵六", text: "晒图", kind: "text" },
    { from: "钱七", text: "点赞", kind: "text" },
  ]);
  expect(moments).toContain(`aria-label="朋友圈：赵六"`);
  expect(moments).toContain(`<ul class="mt-2 space-y-1 rounded bg-stone-100 p-2 text-sm" aria-label="评论"><li><span class="text-[#576b95]">钱七</span>：点赞</li></ul>`);
});

test("the shell: nav items with the current one marked, bottom nav only with several items, sign-out form", () => {
  const doc = renderShell({
    title: "t",
    pathname: "/learn/a/b",
    viewer: { name: "张三", roleLabel: "学员" },
    nav: [{ href: "/learn", label: "学习", icon: "book" }, { href: "/quiz", label: "测验", icon: "pencil" }],
    stylesheets: ["/_next/static/chunks/a.css"],
    main: "",
  });
  expect(doc.startsWith("<!DOCTYPE html><html lang=\"zh-CN\">")).toBe(true);
  expect(doc).toContain(`<link rel="stylesheet" href="/_next/static/chunks/a.css">`);
  expect(doc).toContain(`<a href="/learn" aria-current="page"`);
  expect(doc).not.toContain(`<a href="/quiz" aria-current`);
  expect(doc).toContain(`aria-label="底部导航"`);
  expect(doc).toContain(`style="grid-template-columns:repeat(2, 1fr)"`);
  // 退出登录 opens its confirmation page (ux.md m13), no one-tap sign-out.
  expect(doc).toMatch(/<a href="\/account\/sign-out"[^>]*>退出登录<\/a>/);
  expect(doc).not.toContain(`action="/sign-out"`);
  expect(doc).not.toContain("<script");
  // Icons are SVG, never emoji; without `unread` there is no bell.
  expect(doc).toMatch(/<a href="\/learn" aria-current="page"[^>]*><svg viewBox="0 0 24 24"/);
  expect(doc).not.toMatch(/\p{Extended_Pictographic}/u);
  expect(doc).not.toContain('href="/notifications"');
  const withBell = renderShell({ title: "t", pathname: "/learn", viewer: { name: "x", roleLabel: "y" }, nav: [], unread: 3, stylesheets: [], main: "" });
  expect(withBell).toMatch(/<a href="\/notifications"[^>]*>.*<span class="sr-only">通知<\/span>.*>3<span class="sr-only"> 条未读<\/span>/);
  const single = renderShell({ title: "t", pathname: "/learn", viewer: { name: "x", roleLabel: "y" }, nav: [{ href: "/learn", label: "学习", icon: "book" }], stylesheets: [], main: "" });
  expect(single).not.toContain("底部导航");
});
