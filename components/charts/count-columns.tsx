/** People per band as vertical columns, server-rendered SVG; a band with nobody shows a stub and 0. */
import { CHART_WIDTH, TONE } from "./scale";

export interface CountColumn {
  label: string;
  n: number;
  tone?: string;
}

const H = 150;
const BASE = H - 22;

export function CountColumns({ label, columns }: { label: string; columns: CountColumn[] }) {
  const max = Math.max(1, ...columns.map((c) => c.n));
  const slot = CHART_WIDTH / Math.max(1, columns.length);
  const bar = Math.min(44, slot * 0.6);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${CHART_WIDTH} ${H}`} className="block h-auto w-full max-w-md" fontSize="12">
      <line x1="0" x2={CHART_WIDTH} y1={BASE} y2={BASE} stroke={TONE.grid} />
      {columns.map((c, i) => {
        const h = c.n === 0 ? 2 : Math.max(3, ((BASE - 20) * c.n) / max);
        const x = i * slot + (slot - bar) / 2;
        return (
          <g key={c.label}>
            <rect x={x} y={BASE - h} width={bar} height={h} fill={c.tone ?? TONE.brand} data-n={c.n} />
            <text x={x + bar / 2} y={BASE - h - 4} textAnchor="middle" fill={TONE.text}>
              {c.n}
            </text>
            <text x={i * slot + slot / 2} y={H - 6} textAnchor="middle" fill={TONE.muted}>
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
