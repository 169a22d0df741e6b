"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { SubmitButton } from "@/components/forms/client-button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { TYPE_NAMES } from "./draft";
import { Select, TextArea, TextInput } from "./fields";

export interface QuizFormValue {
  id: string;
  kind: string;
  title: string;
  description: string;
  perModule: Record<string, number>;
  types: string[];
  timeLimitMin: string;
  passPercent: string;
  maxAttempts: string;
}

const KINDS = [
  { value: "EXAM", label: "考试（限时、及格线、次数）" },
  { value: "PRACTICE", label: "练习（答后即显示解析）" },
  { value: "PRE", label: "课前自测" },
  { value: "POST", label: "课后自测" },
];

/** The exam settings typed as numbers, blank for no limit. */
const LIMITS = [
  ["timeLimitMin", "时间限制（分钟）"],
  ["passPercent", "及格线（%）"],
  ["maxAttempts", "最多作答次数"],
] as const;

/** A quiz's blueprint (questions per module and types), time limit, pass mark and attempts. */
export function QuizForm({
  initial,
  create,
  modules,
  bank,
  action,
}: {
  initial: QuizFormValue;
  create: boolean;
  modules: { slug: string; title: string }[];
  /** Published questions per module and type. */
  bank: Record<string, Record<string, number>>;
  action: (input: unknown) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const [v, setV] = useState(initial);
  const saving = useServerAction(action, {
    onSuccess: (data) => (create ? router.push(`/admin/questions/quizzes/${encodeURIComponent(data.id)}`) : router.refresh()),
  });
  const msg = saving.result ? (saving.result.ok ? { ok: true, text: "已保存" } : { ok: false, text: saving.result.error }) : null;
  const set = (p: Partial<QuizFormValue>) => setV((x) => ({ ...x, ...p }));
  const available = (m: string) => v.types.reduce((n, t) => n + (bank[m]?.[t] ?? 0), 0);
  const total = Object.values(v.perModule).reduce((n, x) => n + (Number(x) || 0), 0);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const quiz = {
      title: v.title,
      description: v.description,
      perModule: Object.fromEntries(Object.entries(v.perModule).map(([k, n]) => [k, Number(n) || 0])),
      types: v.types,
      timeLimitMin: v.timeLimitMin,
      passPercent: v.passPercent,
      maxAttempts: v.maxAttempts,
    };
    saving.run(create ? { id: v.id, kind: v.kind, ...quiz } : { id: v.id, quiz });
  }

  const fe = (k: string) => (saving.fieldErrors[k] ? [saving.fieldErrors[k]] : undefined);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <fieldset className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">基本信息</legend>
        {create ? (
          <>
            <TextInput label="标识" hint="小写字母、数字和连字符，如 exam-2026-spring" value={v.id} onChange={(x) => set({ id: x })} errors={fe("id")} />
            <Select label="类型" value={v.kind} onChange={(x) => set({ kind: x })} options={KINDS} />
          </>
        ) : null}
        <TextInput className="sm:col-span-2" label="标题" value={v.title} onChange={(x) => set({ title: x })} errors={fe("title") ?? fe("quiz.title")} />
        <TextArea className="sm:col-span-2" label="说明" rows={2} value={v.description} onChange={(x) => set({ description: x })} />
      </fieldset>

      <fieldset className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <legend className="px-1 font-semibold">组卷规则（共 {total} 题）</legend>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">题型</legend>
          <div className="flex flex-wrap gap-3">
            {(Object.keys(TYPE_NAMES) as (keyof typeof TYPE_NAMES)[]).map((t) => (
              <label key={t} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  checked={v.types.includes(t)}
                  onChange={(e) => set({ types: e.currentTarget.checked ? [...v.types, t] : v.types.filter((x) => x !== t) })}
                  className="size-5 accent-brand-700"
                />
                {TYPE_NAMES[t]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          {modules.map((m) => (
            <TextInput
              key={m.slug}
              label={`${m.title}：抽题数`}
              hint={`可用 ${available(m.slug)} 道`}
              type="number"
              inputMode="numeric"
              min={0}
              max={50}
              value={String(v.perModule[m.slug] ?? 0)}
              onChange={(x) => set({ perModule: { ...v.perModule, [m.slug]: Number(x) || 0 } })}
              errors={(v.perModule[m.slug] ?? 0) > available(m.slug) ? [`超过可用题数（${available(m.slug)}）`] : undefined}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">考试设置（留空表示不限）</legend>
        {LIMITS.map(([key, label]) => (
          <TextInput
            key={key}
            label={label}
            type="number"
            inputMode="numeric"
            value={v[key]}
            onChange={(x) => set({ [key]: x })}
            errors={fe(key) ?? fe(`quiz.${key}`)}
          />
        ))}
      </fieldset>

      <div role="status" aria-live="polite">
        {msg ? <p className={`rounded-xl p-3 ${msg.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}>{msg.text}</p> : null}
      </div>
      <SubmitButton disabled={saving.pending}>{saving.pending ? "正在保存…" : create ? "创建" : "保存"}</SubmitButton>
    </form>
  );
}
