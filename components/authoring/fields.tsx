"use client";

/**
 * Small labelled controls for the question editor: every input has a visible label, targets are
 * at least 44 px high, and a field's problems are tied to it with aria-describedby.
 */
import { useId, useState } from "react";

const box = "block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-700 aria-invalid:border-red-600";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

interface Common {
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
}

/** What ties a control to its label, hint and errors. */
type Described = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The label above a control, its hint and its errors below, wired for screen readers. */
function Labelled({ label, hint, errors, className = "", children }: Common & { children: (control: Described) => React.ReactNode }) {
  const id = useId();
  const describedBy = [errors?.length ? `${id}-e` : "", hint ? `${id}-h` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-h`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      <Errors id={`${id}-e`} errors={errors} />
    </div>
  );
}

export function TextInput({
  label,
  hint,
  errors,
  className,
  value,
  onChange,
  ...rest
}: Common & { value: string; onChange: (v: string) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  return (
    <Labelled label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input {...control} {...rest} value={value} onChange={(e) => onChange(e.currentTarget.value)} className={box} />}
    </Labelled>
  );
}

export function TextArea({
  label,
  hint,
  errors,
  className,
  value,
  onChange,
  rows = 3,
}: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <Labelled label={label} hint={hint} errors={errors} className={className}>
      {(control) => <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.currentTarget.value)} className={`${box} leading-relaxed`} />}
    </Labelled>
  );
}

export function Select({
  label,
  hint,
  errors,
  className,
  value,
  onChange,
  options,
}: Common & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  return (
    <Labelled label={label} hint={hint} errors={errors} className={className}>
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
export function CodesInput({
  label,
  hint,
  errors,
  value,
  onChange,
  listId,
  className = "",
}: Common & { value: string[]; onChange: (v: string[]) => void; listId?: string }) {
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
      label={label}
      hint={hint}
      errors={errors}
      className={className}
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

export function NumberInput({
  label,
  hint,
  errors,
  value,
  onChange,
  min,
  max,
  className = "",
}: Common & { value: number; onChange: (v: number) => void; min: number; max: number }) {
  return (
    <TextInput
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={String(value)}
      onChange={(v) => onChange(v === "" ? 0 : Number(v))}
    />
  );
}
