import { Labelled } from "@/components/ui/field";

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
  return (
    <Labelled label={label} error={error}>
      {(control) => (
        <select
          {...control}
          name={name}
          defaultValue={defaultValue ?? ""}
          required
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 aria-invalid:border-red-600"
        >
          {defaultValue === undefined ? <option value="">请选择单位</option> : null}
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
