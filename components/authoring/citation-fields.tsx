"use client";

import type { DraftCitation } from "./draft";
import { Select, TextInput } from "./fields";

/** Where a question or ending comes from: source A or B, publication, date, note, case. */
export function CitationFields({
  legend,
  value,
  onChange,
  withCase = false,
}: {
  legend: string;
  value: DraftCitation | undefined;
  onChange: (c: DraftCitation | undefined) => void;
  withCase?: boolean;
}) {
  const c = value ?? {};
  const set = (p: Partial<DraftCitation>) => onChange({ ...c, ...p });
  return (
    <fieldset className="grid gap-2 rounded-xl border border-stone-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-medium text-stone-700">{legend}</legend>
      <Select
        label="来源"
        value={c.source ?? ""}
        onChange={(v) => (v ? set({ source: v }) : onChange(undefined))}
        options={[
          { value: "", label: "（不注明出处）" },
          { value: "A", label: "A《公职人员微信使用指南》" },
          { value: "B", label: "B 新京报报道" },
        ]}
      />
      {c.source ? (
        <>
          <TextInput label="刊物（可选）" hint="如《中国纪检监察报》" value={c.publication ?? ""} onChange={(v) => set({ publication: v })} />
          <TextInput label="日期（可选）" hint="如 2016-11-03" value={c.date ?? ""} onChange={(v) => set({ date: v })} />
          <TextInput label="说明（可选）" hint="章节或条目" value={c.note ?? ""} onChange={(v) => set({ note: v })} />
          {withCase ? <TextInput label="案例编码（可选）" hint="如 C4" value={c.case ?? ""} onChange={(v) => set({ case: v.toUpperCase() })} /> : null}
        </>
      ) : null}
    </fieldset>
  );
}
