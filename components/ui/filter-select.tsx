import Link from "next/link";
import { useId } from "react";
import { buttonClass } from "./button";

export type Options = Readonly<Record<string, string>> | readonly (readonly [value: string | number, label: string])[];

/**
 * A labelled <select> for the GET filter forms of the admin lists: `all` (if given) first with an
 * empty value, then the options, as value → label pairs or a record.
 */
export function FilterSelect({
  label,
  name,
  value,
  all,
  options,
}: {
  label: string;
  name: string;
  value?: string | number | null;
  all?: string;
  options: Options;
}) {
  const id = useId();
  const pairs = Array.isArray(options) ? options : Object.entries(options);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2">
        {all !== undefined ? <option value="">{all}</option> : null}
        {pairs.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A filter form's buttons: apply, and back to the unfiltered list at `clear`. */
export function FilterActions({ clear }: { clear: string }) {
  return (
    <div className="flex gap-2 sm:col-span-2">
      <button type="submit" className={buttonClass("primary")}>
        筛选
      </button>
      <Link href={clear} className={buttonClass("ghost")}>
        清除条件
      </Link>
    </div>
  );
}
