import { useId } from "react";

/**
 * A row of choices drawn as buttons (radio inputs underneath, so arrow keys move between them and
 * a screen reader announces a group with its legend and hint). `grid` sets the columns.
 */
export function ChoicePicker<V extends string>({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  grid,
}: {
  name: string;
  legend: string;
  hint: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  grid: string;
}) {
  const hintId = `${useId()}-hint`;
  return (
    <fieldset aria-describedby={hintId}>
      <legend className="mb-1 text-sm font-medium text-stone-700">{legend}</legend>
      <div className={`grid gap-1.5 ${grid}`}>
        {options.map((o) => (
          <label key={o.value || "none"} className="relative">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="peer sr-only" />
            <span className="flex min-h-11 cursor-pointer items-center justify-center rounded-xl border border-stone-300 bg-white px-1 text-center text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
              {o.label}
            </span>
          </label>
        ))}
      </div>
      <p id={hintId} className="mt-1 text-xs text-stone-500">
        {hint}
      </p>
    </fieldset>
  );
}
