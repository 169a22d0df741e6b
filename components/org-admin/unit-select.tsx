import { useId } from "react";

export interface UnitChoice {
  id: number;
  /** Names from the root down, "/" between levels. */
  label: string;
}

/** A labelled native select of units by their full path: keyboard and screen-reader friendly as is. */
export function UnitSelect({
  name,
  label,
  units,
  defaultValue,
  error,
}: {
  name: string;
  label: string;
  units: UnitChoice[];
  defaultValue?: number;
  error?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 aria-invalid:border-red-600"
      >
        {defaultValue === undefined ? <option value="">请选择单位</option> : null}
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-err`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
