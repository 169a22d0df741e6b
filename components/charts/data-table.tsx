import { ScrollRegion } from "@/components/ui/scroll-region";

/** The figures behind a chart, folded under the drawing: what a screen reader or a curious reader opens. */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: { key: string; cells: React.ReactNode[] }[] }) {
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-brand-700">查看数据表</summary>
      <ScrollRegion label={caption}>
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              {head.map((h, i) => (
                <th key={h} scope="col" className={`py-1 pr-2 ${i ? "text-right" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-stone-100">
                {r.cells.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1 pr-2 font-normal">
                      {c}
                    </th>
                  ) : (
                    <td key={i} className="py-1 pr-2 text-right tabular-nums">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
