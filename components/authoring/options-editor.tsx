"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useId } from "react";
import type { Problem } from "@/lib/authoring/validate";
import { errorsAt, optionIds, type Draft, type DraftOption } from "./draft";
import { TextInput } from "./fields";

type Patch = (p: Partial<Draft>) => void;

/** Single and multiple choice: up to six options, relettered A… whenever one is added or removed. */
export function OptionsEditor({ draft, patch, problems }: { draft: Draft; patch: Patch; problems: Problem[] }) {
  const ids = useId();
  const options = draft.options ?? [];
  const setOption = (i: number, p: Partial<DraftOption>) => patch({ options: options.map((o, k) => (k === i ? { ...o, ...p } : o)) });
  const relabel = (opts: DraftOption[]) => opts.map((o, i) => ({ ...o, id: optionIds(6)[i] }));
  const errors = errorsAt(problems, "options");

  return (
    <fieldset className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">选项（{draft.type === "single" ? "单选：恰好一个正确" : "多选：至少两个正确"}）</legend>
      {errors ? <p className="text-sm text-red-700">{errors.join("；")}</p> : null}
      {options.map((o, i) => (
        <div key={i} className="space-y-2 rounded-xl border border-stone-200 bg-stone-50 p-3">
          <TextInput
            label={`选项 ${o.id.toUpperCase()}`}
            value={o.text}
            onChange={(v) => setOption(i, { text: v })}
            errors={errorsAt(problems, `options.${i}.text`)}
          />
          <label className="flex min-h-11 items-center gap-2">
            <input
              type={draft.type === "single" ? "radio" : "checkbox"}
              name={`${ids}-correct`}
              checked={o.correct}
              onChange={(e) =>
                draft.type === "single"
                  ? patch({ options: options.map((x, k) => ({ ...x, correct: k === i })) })
                  : setOption(i, { correct: e.currentTarget.checked })
              }
              className="size-5 accent-brand-700"
            />
            <span>选项 {o.id.toUpperCase()} 是正确答案</span>
          </label>
          {!o.correct ? (
            <TextInput
              label={`选项 ${o.id.toUpperCase()} 暴露的误区（可选）`}
              value={o.misconception ?? ""}
              onChange={(v) => setOption(i, { misconception: v })}
            />
          ) : null}
          <ClientButton variant="ghost" onClick={() => patch({ options: relabel(options.filter((_, k) => k !== i)) })}>
            删除选项 {o.id.toUpperCase()}
          </ClientButton>
        </div>
      ))}
      {options.length < 6 ? (
        <ClientButton variant="secondary" onClick={() => patch({ options: relabel([...options, { id: "", text: "", correct: false }]) })}>
          ＋ 添加选项
        </ClientButton>
      ) : null}
    </fieldset>
  );
}

/** True or false: the answer, and what a wrong answer reveals. */
export function TrueFalseEditor({ draft, patch }: { draft: Draft; patch: Patch }) {
  const ids = useId();
  return (
    <fieldset className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">正确答案</legend>
      {[true, false].map((v) => (
        <label key={String(v)} className="flex min-h-11 items-center gap-2">
          <input type="radio" name={`${ids}-tf`} checked={draft.answer === v} onChange={() => patch({ answer: v })} className="size-5 accent-brand-700" />
          <span>{v ? "正确" : "错误"}</span>
        </label>
      ))}
      <TextInput label="答错暴露的误区（可选）" value={draft.misconception ?? ""} onChange={(v) => patch({ misconception: v })} />
    </fieldset>
  );
}
