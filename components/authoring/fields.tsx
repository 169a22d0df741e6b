"use client";

/**
 * Small labelled controls for the question editor: every input has a visible label, targets are
 * at least 44 px high, and a field's problems are tied to it with aria-describedby.
 */
import { useState } from "react";
import { Labelled } from "@/components/ui/field";

const box = "block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-700 aria-invalid:border-red-600";

interface Common {
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
}

/** The frame (label, hint, errors) around one of these controls. */
const framed = ({ label, hint, errors, className }: Common) => ({ label, hint, error: errors, className });

/** A control bound to a string: its value and what a change sets it to. */
type Bound = Common & { value: string; onChange: (v: string) => void };

export function TextInput({
  label,
  hint,
  errors,
  className,
  value,
  onChange,
  ...input
}: Bound & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  return (
    <Labelled {...framed({ label, hint, errors, className })}>
      {(control) => <input {...control} {...input} value={value} onChange={(e) => onChange(e.currentTarget.value)} className={box} />}
    </Labelled>
  );
}

export function TextArea({ value, onChange, rows = 3, ...common }: Bound & { rows?: number }) {
  return (
    <Labelled {...framed(common)}>
      {(control) => <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.currentTarget.value)} className={`${box} leading-relaxed`} />}
    </Labelled>
  );
}

export function Select({ value, onChange, options, ...common }: Bound & { options: { value: string; label: string }[] }) {
  return (
    <Labelled {...framed(common)}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value)} className={box}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

/** Rule or case codes typed as "V1, P1": the text is kept while typing, the list goes up on every change. */
export function CodesInput({ value, onChange, listId, ...common }: Common & { value: string[]; onChange: (v: string[]) => void; listId?: string }) {
  const [text, setText] = useState(value.join(", "));
  const joined = value.join(",");
  // Follow changes made elsewhere (e.g. undo of a whole question), not our own keystrokes.
  const [seen, setSeen] = useState(joined);
  if (seen !== joined) {
    setSeen(joined);
    if (parseCodes(text).join(",") !== joined) setText(joined.split(",").filter(Boolean).join(", "));
  }
  return (
    <TextInput
      {...common}
      value={text}
      list={listId}
      autoCapitalize="characters"
      onChange={(t) => {
        setText(t);
        onChange(parseCodes(t));
      }}
    />
  );
}

export const parseCodes = (t: string) =>
  t
    .split(/[\s,，、;；]+/)
    .map((x) => x.trim().toUpperCase())
    .filter(Boolean);

export function NumberInput({ value, onChange, ...rest }: Common & { value: number; onChange: (v: number) => void; min: number; max: number }) {
  return <TextInput {...rest} type="number" inputMode="numeric" value={String(value)} onChange={(v) => onChange(v === "" ? 0 : Number(v))} />;
}
