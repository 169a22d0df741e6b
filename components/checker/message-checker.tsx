"use client";

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { SubmitButton, ClientButton } from "@/components/forms/client-button";
import type { ActionResult } from "@/lib/auth/guard";
import type { CheckResult, Finding } from "@/lib/checker/types";
import { FindingsList, SEVERITY_STYLE } from "./findings-list";
import { controlCharacters, countBySeverity, highlightPieces, withoutControlCharacters } from "./highlight";
import { LOAD_EXAMPLE_EVENT, type LoadExampleDetail } from "./load-example";
import { ChannelPicker } from "./channel-picker";
import { KindPicker } from "./kind-picker";
import { useMessageCheck, type Draft } from "./use-message-check";
import { MAX_TEXT_CHARS, countChars, validateDraft } from "./validate";
import { VerdictBanner } from "./verdict-banner";

/** Textarea and mirror must lay text out identically, or the highlight drifts from the words. */
const BOX = "block w-full rounded-xl border px-3 py-2 text-base leading-7";
const WRAP = { whiteSpace: "pre-wrap", overflowWrap: "anywhere", wordBreak: "normal", tabSize: 4 } as const;

export function MessageChecker({
  check,
  rules,
  initial,
  initialLabel,
}: {
  check: (input: unknown) => Promise<ActionResult<CheckResult>>;
  /** The rules with a page in the rule library: related rules are named by their Chinese titles. */
  rules: { code: string; title: string }[];
  initial?: Partial<Draft>;
  initialLabel?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>({ text: "", kind: "", sendAt: "", channel: "", ...initial });
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState(initialLabel ? `已载入示例：${initialLabel}` : "");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const section = useRef<HTMLElement>(null);
  const titles = useMemo(() => new Map(rules.map((r) => [r.code, r.title])), [rules]);

  const validation = useMemo(() => validateDraft(draft), [draft]);
  const control = useMemo(() => controlCharacters(draft.text), [draft.text]);
  const chars = useMemo(() => countChars(draft.text), [draft.text]);

  const { shown, source, fresh, marked, pending, serverError, confirm } = useMessageCheck(check, draft, validation.ok);

  // The textarea grows with its text, so the mirror under it never needs to scroll.
  useLayoutEffect(() => {
    const ta = textarea.current;
    if (!ta) return;
    ta.style.height = "auto";
    ta.style.height = `${ta.scrollHeight + 2}px`;
  }, [draft.text]);

  // 「试一试」 in the example gallery loads a message here.
  useEffect(() => {
    const onLoad = (e: Event) => {
      const d = (e as CustomEvent<LoadExampleDetail>).detail;
      setDraft({ text: d.text, kind: d.kind ?? "", sendAt: d.sendAt ?? "", channel: "" });
      setSubmitted(false);
      setNotice(`已载入示例：${d.label}`);
      section.current?.scrollIntoView({ block: "start" });
      section.current?.focus({ preventScroll: true });
    };
    window.addEventListener(LOAD_EXAMPLE_EVENT, onLoad);
    return () => window.removeEventListener(LOAD_EXAMPLE_EVENT, onLoad);
  }, []);

  const pieces = useMemo(() => (marked ? highlightPieces(draft.text, marked.findings) : null), [marked, draft.text]);

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setNotice("");
  };

  function onSubmit(e?: React.FormEvent) {
    e?.preventDefault();
    setSubmitted(true);
    if (!validation.ok) {
      (validation.field === "sendAt" ? document.getElementById(`${id}-time`) : textarea.current)?.focus();
      return;
    }
    void confirm(draft);
  }

  function locate(f: Finding) {
    const ta = textarea.current;
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(f.start, f.end);
  }

  const showError = !validation.ok && (!validation.empty || submitted);
  const textError = showError && validation.field === "text" ? validation.error : null;
  const timeError = showError && validation.field === "sendAt" ? validation.error : null;
  const counts = shown ? countBySeverity(shown.findings) : null;

  return (
    <section
      ref={section}
      id="editor"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-16 space-y-4 outline-none lg:grid lg:grid-cols-2 lg:items-start lg:gap-6 lg:space-y-0"
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          写消息
        </h2>
        <KindPicker value={draft.kind} onChange={(kind) => change({ kind })} />
        <ChannelPicker value={draft.channel} onChange={(channel) => change({ channel })} />

        <div>
          <label htmlFor={`${id}-time`} className="mb-1 block text-sm font-medium text-stone-700">
            发送时间（选填）
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-time`}
              type="time"
              value={draft.sendAt}
              onChange={(e) => change({ sendAt: e.target.value })}
              aria-invalid={timeError ? true : undefined}
              aria-describedby={`${id}-time-hint${timeError ? ` ${id}-time-err` : ""}`}
              className="block min-h-11 min-w-0 flex-1 rounded-xl border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
            />
            {draft.sendAt ? (
              <ClientButton variant="secondary" onClick={() => change({ sendAt: "" })}>
                清除时间
              </ClientButton>
            ) : null}
          </div>
          <p id={`${id}-time-hint`} className="mt-1 text-xs text-stone-500">
            公务消息宜在 8:00—22:00 之间发送。
          </p>
          {timeError ? (
            <p id={`${id}-time-err`} className="mt-1 text-sm text-red-700">
              {timeError}
            </p>
          ) : null}
        </div>

        <div>
          <label htmlFor={`${id}-text`} className="mb-1 block text-sm font-medium text-stone-700">
            消息内容
          </label>
          <div className="relative rounded-xl bg-white">
            <div
              aria-hidden
              className={`${BOX} pointer-events-none absolute inset-0 overflow-hidden border-transparent text-transparent`}
              style={WRAP}
              data-testid="highlight-layer"
            >
              {pieces
                ? pieces.map((p) =>
                    p.kind === "marker" ? (
                      <span key={`m${p.at}`} className="relative" data-severity={p.severity}>
                        <span className={`absolute -left-0.5 top-0.5 h-6 w-1 rounded-sm ${SEVERITY_STYLE[p.severity].bar}`} />
                      </span>
                    ) : p.severity ? (
                      <mark key={p.start} className={`rounded-sm text-transparent ${SEVERITY_STYLE[p.severity].mark}`} data-severity={p.severity}>
                        {draft.text.slice(p.start, p.end)}
                      </mark>
                    ) : (
                      <span key={p.start}>{draft.text.slice(p.start, p.end)}</span>
                    ),
                  )
                : draft.text}
              {"\u200b"}
            </div>
            <textarea
              ref={textarea}
              id={`${id}-text`}
              name="text"
              value={draft.text}
              onChange={(e) => change({ text: e.target.value })}
              aria-keyshortcuts="Control+Enter"
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) onSubmit();
              }}
              rows={8}
              spellCheck={false}
              placeholder={"例如：\n各位同事：\n定于5月8日上午9:00在三楼会议室召开安全生产会议，请准时参加。\n特此通知。\n区委办公室"}
              aria-invalid={textError ? true : undefined}
              aria-describedby={`${id}-text-hint${textError ? ` ${id}-text-err` : ""}`}
              className={`${BOX} relative min-h-52 resize-none overflow-hidden border-stone-300 bg-transparent text-stone-900 placeholder:text-stone-400 focus:border-brand-700 aria-invalid:border-red-600`}
              style={WRAP}
            />
          </div>
          <p id={`${id}-text-hint`} className="mt-1 flex flex-wrap justify-between gap-x-3 text-xs text-stone-500">
            <span>
              边写边检查，问题在文中标色：红色为红线，橙色为必须修改，蓝色为建议，竖线表示此处缺少内容。
              {/* A keyboard shortcut means nothing on a touch screen: shown only with a fine pointer (a mouse, so likely a keyboard). */}
              <span className="hidden pointer-fine:inline" data-testid="shortcut-hint">
                按 Ctrl+Enter 提交服务器复核。
              </span>
            </span>
            <span className={chars > MAX_TEXT_CHARS ? "font-medium text-red-700" : ""}>
              {chars.toLocaleString("zh-CN")} / {MAX_TEXT_CHARS.toLocaleString("zh-CN")} 字
            </span>
          </p>
          {textError ? (
            <p id={`${id}-text-err`} role="alert" className="mt-1 rounded-lg bg-red-50 p-2 text-sm text-red-800">
              {textError}
              {chars > MAX_TEXT_CHARS ? `（现有 ${chars.toLocaleString("zh-CN")} 字）。请删减，或把复杂事项改为电话、面谈或正式文件。` : null}
            </p>
          ) : null}
          {control.count ? (
            <div role="alert" className="mt-2 space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
              <p>
                消息中有 {control.count} 个看不见的控制字符（如 {control.first}），多是从其他软件复制时带入的，对方手机上可能显示为乱码或方块。
              </p>
              <ClientButton variant="secondary" onClick={() => change({ text: withoutControlCharacters(draft.text) })}>
                删除这些字符
              </ClientButton>
            </div>
          ) : null}
        </div>

        <div className="grid grid-cols-2 gap-2">
          <SubmitButton disabled={pending}>{pending ? "正在复核…" : "检查"}</SubmitButton>
          <ClientButton
            variant="secondary"
            onClick={() => {
              change({ text: "", sendAt: "", kind: "", channel: "" });
              setSubmitted(false);
              textarea.current?.focus();
            }}
          >
            清空
          </ClientButton>
        </div>
        <p role="status" className="text-sm text-stone-600">
          {notice}
        </p>
      </form>

      <div className="space-y-3" aria-labelledby={`${id}-result`} role="region">
        <h2 id={`${id}-result`} className="text-lg font-semibold">
          检查结果
        </h2>
        <div role="status" aria-label="检查结论" className="space-y-2">
          {shown && counts ? (
            <VerdictBanner verdict={shown.verdict} counts={counts} complete={source === "server"} />
          ) : validation.ok || validation.empty ? (
            <p className="rounded-xl border border-dashed border-stone-300 p-3 text-sm text-stone-600">
              {validation.ok ? "正在检查…" : "输入或粘贴消息后，这里会即时显示检查结果；也可以从下面的示例开始。"}
            </p>
          ) : (
            <p className="rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-800">无法检查：{validation.error}</p>
          )}
        </div>
        {shown ? (
          <p className="text-xs text-stone-500" data-testid="result-source" data-source={source ?? undefined}>
            {source === "server"
              ? "完整检查：格式要求和纪律红线（服务器分词检查）"
              : pending
                ? "本机初查：只查了格式 · 正在检查纪律红线…"
                : fresh
                  ? "本机初查：只查了格式 · 停顿后检查纪律红线"
                  : "本机初查：只查了格式 · 正在更新…"}
          </p>
        ) : null}
        {serverError ? (
          <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm text-red-800">
            服务器复核失败：{serverError}。以上为本机检查结果，可稍后点“检查”重试。
          </p>
        ) : null}
        {shown ? <FindingsList text={draft.text} result={shown} ruleTitles={titles} onLocate={marked ? locate : undefined} /> : null}
      </div>
    </section>
  );
}
