"use client";

import { ClientButton } from "@/components/forms/client-button";
import { Icon } from "@/components/ui/icons";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import type { PublicQuestion } from "@/lib/assessment/public-view";
import type { TChatMessage } from "@/lib/content/schema";
import { ACTION_LABEL } from "./labels";
import { ScenarioChat } from "./scenario-chat";

type Scenario = Extract<PublicQuestion, { type: "scenario" }>;

const SELF = "我";
const TYPING_MS = 900;
const OWN_MS = 250;

const REDUCE = "(prefers-reduced-motion: reduce)";
function subscribeMotion(cb: () => void) {
  const mq = window.matchMedia?.(REDUCE);
  mq?.addEventListener("change", cb);
  return () => mq?.removeEventListener("change", cb);
}
const reducedMotion = () => Boolean(window.matchMedia?.(REDUCE).matches);

/**
 * A branching scenario played as the WeChat chat it is. The learner acts through WeChat-like
 * action buttons (回复, 转发, 撤回, 领取/拒收红包, 报告…); the server answers with the next node,
 * whose new messages unfold in the same chat one by one after a short "typing" pause (at once when
 * the system asks for reduced motion).
 */
export function ScenarioPlayer({
  question,
  busy,
  onChoose,
  instant,
  footer,
}: {
  question: Scenario;
  busy: boolean;
  onChoose: (choiceId: string) => void;
  instant: boolean;
  /** Shown once the chat has finished unfolding (the ending's feedback). */
  footer?: React.ReactNode;
}) {
  const { node } = question;
  const total = node.transcript.length;
  const [shown, setShown] = useState(total);
  const reduced = useSyncExternalStore(subscribeMotion, reducedMotion, () => false);
  const acted = useRef(false);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const promptId = useId();

  // A shorter transcript (a replay) restarts the unfolding from its end, so the next choice animates.
  if (shown > total) setShown(total);
  useEffect(() => {
    if (reduced || shown >= total) return;
    const next = node.transcript[shown];
    const t = setTimeout(() => setShown((s) => s + 1), next.from === SELF || next.kind === "system" ? OWN_MS : TYPING_MS);
    return () => clearTimeout(t);
  }, [shown, total, reduced, node.transcript]);

  const count = reduced ? total : Math.min(shown, total);
  const settled = count >= total && !busy;
  // Keep the newest message in view as the chat unfolds (only after the learner acted, not on load).
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (acted.current) end.current?.scrollIntoView({ block: "nearest", behavior: reduced ? "auto" : "smooth" });
  }, [count, busy, reduced]);
  // After a choice, keyboard and screen-reader users land on the next question, not on <body>.
  const footerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!settled || !acted.current) return;
    if (node.step) promptRef.current?.focus();
    else footerRef.current?.focus();
  }, [settled, node.step]);

  const visible = node.transcript.slice(0, count);
  const upcoming = count < total ? node.transcript[count] : null;
  const typingName = busy ? null : upcoming && upcoming.from !== SELF && upcoming.kind !== "system" ? upcoming.from : null;

  return (
    <div className="space-y-3">
      <div aria-live="polite" aria-relevant="additions">
        <ScenarioChat question={question} messages={visible} />
      </div>
      {busy || typingName ? <Typing name={typingName} /> : null}
      <div ref={end} aria-hidden className="h-px scroll-mb-20" />

      {settled && node.step ? (
        <ActionSheet
          redpacket={question.setting === "redpacket" ? lastPacket(visible) : null}
          prompt={node.step.prompt}
          promptId={promptId}
          promptRef={promptRef}
          choices={node.step.choices}
          onChoose={(id) => {
            acted.current = true;
            onChoose(id);
          }}
        />
      ) : null}
      {settled && node.ended && !node.ending && !instant ? (
        <p
          ref={(el) => void (footerRef.current = el)}
          tabIndex={-1}
          role="status"
          className="rounded-xl bg-stone-100 px-4 py-3 text-center text-stone-700 outline-none"
        >
          本情景已结束。提交后可查看结局和解析。
        </p>
      ) : null}
      {settled && footer ? (
        <div ref={(el) => void (footerRef.current = el)} tabIndex={-1} className="border-t border-stone-200 pt-4 outline-none">
          {footer}
        </div>
      ) : null}
    </div>
  );
}

function lastPacket(messages: TChatMessage[]) {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if ((m.kind === "redpacket" || m.kind === "transfer") && m.from !== SELF) return m;
  }
  return null;
}

function Typing({ name }: { name: string | null }) {
  return (
    <p className="flex items-center gap-2 px-2 text-sm text-stone-500" aria-hidden>
      <span className="inline-flex gap-1 rounded-md bg-white px-3 py-2 ring-1 ring-stone-200">
        {[0, 1, 2].map((i) => (
          <span key={i} className="size-1.5 rounded-full bg-stone-400 motion-safe:animate-bounce" style={{ animationDelay: `${i * 150}ms` }} />
        ))}
      </span>
      {name ? `${name} 正在输入…` : "发送中…"}
    </p>
  );
}

function ActionSheet({
  prompt,
  promptId,
  promptRef,
  choices,
  onChoose,
  redpacket,
}: {
  prompt: string;
  promptId: string;
  promptRef: React.RefObject<HTMLParagraphElement | null>;
  choices: { id: string; action: string; label: string }[];
  onChoose: (id: string) => void;
  redpacket: TChatMessage | null;
}) {
  const red = Boolean(redpacket);
  return (
    <div
      role="group"
      aria-labelledby={promptId}
      className={red ? "overflow-hidden rounded-2xl bg-[#b42d1a] text-[#fde7c0] shadow-lg" : "overflow-hidden rounded-2xl bg-[#f7f7f7] ring-1 ring-stone-300"}
    >
      {redpacket ? (
        <div className="px-4 pt-4 text-center">
          <Icon name="redPacket" className="mx-auto size-9" />
          <p className="text-sm">
            {redpacket.from}发出的红包{redpacket.meta ? ` · ¥${redpacket.meta}` : ""}
          </p>
          <p className="text-lg font-semibold">{redpacket.text || "恭喜发财，大吉大利"}</p>
        </div>
      ) : null}
      <p ref={promptRef} id={promptId} tabIndex={-1} className={`px-4 py-3 font-medium ${red ? "text-white" : "text-stone-900"}`}>
        {prompt}
      </p>
      <ul className={red ? "space-y-2 px-3 pb-4" : "divide-y divide-stone-200 border-t border-stone-200"}>
        {choices.map((c) => {
          const a = ACTION_LABEL[c.action] ?? { verb: "操作", icon: "arrow" as const };
          return (
            <li key={c.id}>
              <ClientButton
                variant="none"
                aria-label={`${a.verb}：${c.label}`}
                onClick={() => onChoose(c.id)}
                className={
                  red
                    ? `flex min-h-14 w-full items-center gap-3 rounded-xl px-4 py-3 text-left ${c.action === "accept" ? "bg-[#f3c86b] text-[#7a2a1d]" : "bg-white/95 text-stone-900"} hover:brightness-95`
                    : "flex min-h-14 w-full items-center gap-3 bg-white px-4 py-3 text-left hover:bg-stone-50 active:bg-stone-100"
                }
              >
                <Icon name={a.icon} className="size-6" />
                <span className="flex-1">
                  <span className={`block text-xs font-semibold ${red ? "" : "text-[#047a3a]"}`}>
                    {a.verb}
                    <span className="sr-only">：</span>
                  </span>
                  <span className="block leading-snug">{c.label}</span>
                </span>
              </ClientButton>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
