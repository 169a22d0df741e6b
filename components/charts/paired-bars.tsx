/** Two rates per item (课前 and 课后), server-rendered SVG: a grey and a red bar under each title. */
import { CHART_WIDTH, TONE } from "./scale";

export interface PairedRow {
  key: string;
  title: string;
  a: number | null;
  b: number | null;
}

const ROW = 46;
const TRACK = CHART_WIDTH - 60;

export function PairedBars({ label, rows, names }: { label: string; rows: PairedRow[]; names: [string, string] }) {
  const height = rows.length * ROW;
  const bar = (y: number, p: number | null, color: string, name: string) => (
    <>
      <rect x="0" y={y} width={TRACK} height="9" rx="2" fill={TONE.track} />
      {p === null ? null : <rect x="0" y={y} width={Math.max(3, (p / 100) * TRACK)} height="9" rx="2" fill={color} />}
      <text x={CHART_WIDTH} y={y + 9} textAnchor="end" fill={p === null ? TONE.muted : TONE.text} fontSize="11">
        {name} {p === null ? "—" : `${p}%`}
      </text>
    </>
  );
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="block h-auto w-full max-w-sm" fontSize="13">
      {rows.map((r, i) => {
        const y = i * ROW;
        return (
          <g key={r.key}>
            <text x="0" y={y + 13} fill={TONE.text}>
              {r.title}
            </text>
            {bar(y + 18, r.a, "#78716c", names[0])}
            {bar(y + 31, r.b, TONE.brand, names[1])}
          </g>
        );
      })}
    </svg>
  );
}
