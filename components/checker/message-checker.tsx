"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/guard";
// The form checks only: the full check needs the server's native word segmenter, and the index
// also exports the zod schema, which the browser does not need (validate.ts mirrors it).
import { checkForm } from "@/lib/checker/check-form";
import type { CheckInput, CheckResult, Finding, MessageKind } from "@/lib/checker/types";
import { FindingsList, SEVERITY_STYLE } from "./findings-list";
import { SEVERITY_LABEL, VERDICT_LABEL, controlCharacters, countBySeverity, highlightPieces, withoutControlCharacters } from "./highlight";
import { LOAD_EXAMPLE_EVENT, type LoadExampleDetail } from "./load-example";
import { MAX_TEXT_CHARS, countChars, validateDraft } from "./validate";

/** Instant feedback in the browser while typing. */
const LOCAL_DELAY_MS = 250;
/** The full check (conduct rules need the server's segmenter) once the writer pauses. */
const SERVER_DELAY_MS = 500;

export interface Draft {
  text: string;
  kind: "" | MessageKind;
  sendAt: string;
}

const KINDS: { value: Draft["kind"]; label: string }[] = [
  { value: "", label: "自动" },
  { value: "notice", label: "通知" },
  { value: "request", label: "请示" },
  { value: "report", label: "汇报" },
  { value: "reply", label: "回复" },
  { value: "chat", label: "聊天" },
];

const keyOf = (d: Draft) => JSON.stringify([d.text, d.kind, d.sendAt]);
const inputOf = (d: Draft): CheckInput => ({ text: d.text, ...(d.kind ? { kind: d.kind } : {}), ...(d.sendAt ? { sendAt: d.sendAt } : {}) });

type Server =
  { state: "idle" } | { state: "pending"; key: string } | { state: "done"; key: string; result: CheckResult } | { state: "error"; key: string; error: string };

/** Textarea and mirror must lay text out identically, or the highlight drifts from the words. */
const BOX = "block w-full rounded-xl border px-3 py-2 text-base leading-7";
const WRAP = { whiteSpace: "pre-wrap", overflowWrap: "anywhere", wordBreak: "normal", tabSize: 4 } as const;

export function MessageChecker({
  check,
  ruleCodes,
  initial,
  initialLabel,
}: {
  check: (input: unknown) => Promise<ActionResult<CheckResult>>;
  /** Rule codes with a page in the rule library. */
  ruleCodes: string[];
  initial?: Partial<Draft>;
  initialLabel?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>({ text: "", kind: "", sendAt: "", ...initial });
  const [local, setLocal] = useState<{ key: string; text: string; result: CheckResult } | null>(null);
  const [server, setServer] = useState<Server>({ state: "idle" });
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState(initialLabel ? `已载入示例：${initialLabel}` : "");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const section = useRef<HTMLElement>(null);
  const seq = useRef(0);
  const requested = useRef<string | null>(null);
  const codes = useMemo(() => new Set(ruleCodes), [ruleCodes]);

  const key = keyOf(draft);
  const validation = useMemo(() => validateDraft(draft), [draft]);
  const control = useMemo(() => controlCharacters(draft.text), [draft.text]);
  const chars = useMemo(() => countChars(draft.text), [draft.text]);

  const confirm = useCallback(
    async (d: Draft) => {
      const k = keyOf(d);
      if (requested.current === k) return; // already confirmed or on its way
      requested.current = k;
      const mine = ++seq.current;
      setServer({ state: "pending", key: k });
      let r: ActionResult<CheckResult>;
      try {
        r = await check(inputOf(d));
      } catch {
        r = { ok: false, error: "网络异常，服务器复核失败" };
      }
      if (mine !== seq.current) return; // a newer draft was sent since
      if (!r.ok) requested.current = null; // let the writer retry
      setServer(r.ok ? { state: "done", key: k, result: r.data } : { state: "error", key: k, error: r.error });
    },
    [check],
  );

  // Instant check in the browser, debounced.
  useEffect(() => {
    if (!validation.ok) return;
    const d = draft;
    const t = setTimeout(() => setLocal({ key: keyOf(d), text: d.text, result: checkForm(inputOf(d)) }), LOCAL_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft, validation.ok]);

  // Authoritative check on the server once typing pauses.
  useEffect(() => {
    if (!validation.ok) return;
    const d = draft;
    const t = setTimeout(() => void confirm(d), SERVER_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft, validation.ok, confirm]);

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
      setDraft({ text: d.text, kind: d.kind ?? "", sendAt: d.sendAt ?? "" });
      setSubmitted(false);
      setNotice(`已载入示例：${d.label}`);
      section.current?.scrollIntoView({ block: "start" });
      section.current?.focus({ preventScroll: true });
    };
    window.addEventListener(LOAD_EXAMPLE_EVENT, onLoad);
    return () => window.removeEventListener(LOAD_EXAMPLE_EVENT, onLoad);
  }, []);

  const serverResult = server.state === "done" && server.key === key ? server.result : null;
  const localResult = local && local.key === key ? local.result : null;
  const shown = validation.ok ? (serverResult ?? localResult ?? local?.result ?? null) : null;
  const source: "server" | "local" | null = serverResult ? "server" : shown ? "local" : null;
  const fresh = Boolean(serverResult ?? localResult);
  // Draw the highlight only from a result for exactly this text: stale offsets would mark the wrong words.
  const marked = serverResult ?? (validation.ok && local && local.text === draft.text ? local.result : null);
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
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-stone-700">消息类型</legend>
          <div className="grid grid-cols-3 gap-1.5 sm:grid-cols-6">
            {KINDS.map((k) => (
              <label key={k.value || "auto"} className="relative">
                <input
                  type="radio"
                  name="kind"
                  value={k.value}
                  checked={draft.kind === k.value}
                  onChange={() => change({ kind: k.value })}
                  className="peer sr-only"
                />
                <span className="flex min-h-11 cursor-pointer items-center justify-center rounded-xl border border-stone-300 bg-white text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
                  {k.label}
                </span>
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-stone-500">
            通知、请示、汇报、回复按公务消息的格式要求检查，结尾语要求各不相同；“聊天”只查纪律红线和行为规范。“自动”按“特此通知”“特此报告”等字样判断。
          </p>
        </fieldset>

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
              <Button type="button" variant="secondary" onClick={() => change({ sendAt: "" })}>
                清除时间
              </Button>
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
              <Button type="button" variant="secondary" onClick={() => change({ text: withoutControlCharacters(draft.text) })}>
                删除这些字符
              </Button>
            </div>
          ) : null}
        </div>

        <div className="grid grid-cols-2 gap-2">
          <Button type="submit" disabled={server.state === "pending" && server.key === key}>
            {server.state === "pending" && server.key === key ? "正在复核…" : "检查"}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              change({ text: "", sendAt: "", kind: "" });
              setSubmitted(false);
              textarea.current?.focus();
            }}
          >
            清空
          </Button>
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
              : server.state === "pending" && server.key === key
                ? "本机初查：只查了格式 · 正在检查纪律红线…"
                : fresh
                  ? "本机初查：只查了格式 · 停顿后检查纪律红线"
                  : "本机初查：只查了格式 · 正在更新…"}
          </p>
        ) : null}
        {server.state === "error" && server.key === key ? (
          <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm text-red-800">
            服务器复核失败：{server.error}。以上为本机检查结果，可稍后点“检查”重试。
          </p>
        ) : null}
        {shown ? <FindingsList text={draft.text} result={shown} ruleCodes={codes} onLocate={marked ? locate : undefined} /> : null}
      </div>
    </section>
  );
}

/**
 * The headline. It is never milder than the worst finding listed under it, and it never says
 * 可以发送 before the full check (conduct rules) has run on the server: the browser's instant check
 * sees only the form.
 */
function VerdictBanner({
  verdict,
  counts,
  complete,
}: {
  verdict: CheckResult["verdict"];
  counts: Record<"redline" | "must" | "suggestion", number>;
  complete: boolean;
}) {
  const state = !complete && verdict === "pass" ? "pending" : verdict;
  const style = {
    pass: "border-emerald-600 bg-emerald-50 text-emerald-900",
    pending: "border-stone-400 bg-stone-50 text-stone-800",
    revise: "border-orange-500 bg-orange-50 text-orange-900",
    block: "border-red-600 bg-red-50 text-red-900",
  }[state];
  const icon = { pass: "✓", pending: "…", revise: "!", block: "✕" }[state];
  const title = state === "pending" ? "格式初查未见问题" : VERDICT_LABEL[verdict];
  const detail =
    state === "pending"
      ? "正在检查红包、涉密、传谣等纪律红线，稍候显示完整结论。"
      : verdict === "pass"
        ? counts.suggestion
          ? `没有必须修改的问题，另有 ${counts.suggestion} 条建议。`
          : "没有发现问题。"
        : verdict === "revise"
          ? `有 ${counts.must} 处必须修改，改好后再发。`
          : `有 ${counts.redline} 处触碰纪律红线，不能发送。`;
  return (
    <div className={`flex items-start gap-3 rounded-xl border-2 p-3 ${style}`} data-testid="verdict" data-verdict={state}>
      <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-current/10 text-lg font-bold">
        {icon}
      </span>
      <div>
        <p className="text-lg font-bold">{title}</p>
        <p className="text-sm">{detail}</p>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
          {(["redline", "must", "suggestion"] as const).map((s) => (
            <span key={s}>
              {SEVERITY_LABEL[s]} {counts[s]}
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
