import { useId, type ComponentProps, type ReactNode } from "react";

/** What ties a control to its label, hint and error. */
type Described = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * A label above any control, an optional hint and error below it, wired for screen readers. The
 * question editor's fields give several errors at once (`string[]`): they are listed.
 */
export function Labelled({
  label,
  error,
  hint,
  className,
  children,
}: {
  label: string;
  error?: string | readonly string[];
  hint?: string;
  className?: string;
  children: (control: Described) => ReactNode;
}) {
  const id = useId();
  const errors = typeof error === "string" ? error : error?.length ? error : undefined;
  const describedBy = [errors ? `${id}-err` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children({ id, "aria-invalid": errors ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {typeof errors === "string" ? (
        <p id={`${id}-err`} className="mt-1 text-sm text-red-700">
          {errors}
        </p>
      ) : errors ? (
        <ul id={`${id}-err`} className="mt-1 space-y-0.5 text-sm text-red-700">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A labelled input with an optional error, wired for screen readers. */
export function Field({ label, error, hint, ...props }: ComponentProps<"input"> & { label: string; error?: string; hint?: string }) {
  return (
    <Labelled label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...props}
          {...control}
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-700 aria-invalid:border-red-600"
        />
      )}
    </Labelled>
  );
}
