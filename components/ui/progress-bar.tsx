export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max ? Math.round((value / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value}/${max}`}
      className="h-2 w-full overflow-hidden rounded-full bg-stone-200"
    >
      <div className="h-full rounded-full bg-brand-700 transition-[width]" style={{ width: `${pct}%` }} />
    </div>
  );
}
