"use client";

import { ProgressBar } from "@/components/ui/progress-bar";
import { ColumnHeads } from "@/components/ui/column-heads";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * One unit of the roll-up as it reaches the browser: what its cells show (rates already written
 * out, the average only where the privacy floor allows; rollup-table.tsx decides). A client
 * component so that the page's flight payload carries these rows as data rather than as the
 * rendered tree of every cell (about 0.95 kB a row, and then again as HTML).
 */
export interface RollupCells {
  id: number;
  href: string;
  name: string;
  kind: string;
  /** A unit directly below with units of its own (shaded), or one two levels down (indented). */
  parent: boolean;
  sub: boolean;
  members: number;
  started: number;
  startedRate: string;
  completed: number;
  completedRate: string;
  /** The average best score; absent when there is none or it is withheld. */
  average?: number;
  withheld: boolean;
}

/** The committee's comparison, drawn: see RollupTable (rollup-table.tsx). */
export function RollupTableView({ rows, scores, floor }: { rows: RollupCells[]; scores: boolean; floor: number }) {
  return (
    <ScrollRegion label="下级组织完成情况表" className="rounded-2xl border border-stone-200 bg-white">
      <table className="rollup-table w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">下级组织完成情况</caption>
        <ColumnHeads
          columns={[
            "组织",
            ["应学人数", "text-right whitespace-nowrap"],
            ["参与率", "text-right whitespace-nowrap"],
            ["完成率", "text-right whitespace-nowrap"],
            scores && ["平均分", "text-right whitespace-nowrap"],
          ]}
          cell="px-2 py-2"
          className="bg-stone-50"
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.parent ? "bg-stone-50" : undefined}>
              <th scope="row" className={r.sub ? "sub" : undefined}>
                {/* A plain link, as in the member table: a <Link> per unit would be hydrated and prefetched. */}
                <a href={r.href}>
                  <span>{r.name}</span>
                  <span>{r.kind}</span>
                </a>
              </th>
              <td>{r.members || "—"}</td>
              <td>
                <div>{r.startedRate}</div>
                {r.members ? <ProgressBar value={r.started} max={r.members} label={`${r.name} 参与率`} /> : null}
              </td>
              <td>
                <div>{r.completedRate}</div>
                {r.members ? (
                  <>
                    <div className="text-xs text-stone-600">
                      {r.completed}/{r.members}
                    </div>
                    <ProgressBar value={r.completed} max={r.members} label={`${r.name} 完成率`} />
                  </>
                ) : null}
              </td>
              {scores ? <td>{r.withheld ? <span className="text-xs text-stone-600">不足 {floor} 人</span> : (r.average ?? "—")}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
