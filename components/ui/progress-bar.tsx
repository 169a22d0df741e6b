export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max ? Math.round((value / max) * 100) : 0;
  return (
    <div role="progressbar" aria-label={label} aria-valuemax={max} aria-valuenow={value} aria-valuetext={`${value}/${max}`} className="pbar">
      <div style={{ width: `${pct}%` }} />
    </div>
  );
}
