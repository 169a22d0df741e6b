import { UNIT_KIND_LABEL } from "@/lib/labels";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { rateText, type RollupRow } from "@/lib/tracking/rollup";
import { type RollupCells, RollupTableView } from "./rollup-table-view";

/**
 * The committee's comparison: each unit below side by side — members, participation (started),
 * completion and the average best score (withheld under the privacy floor). Units two levels down
 * (a 党总支's branches) are indented under their parent. This server half decides what reaches the
 * browser: a withheld average is left out of the payload, not merely not drawn.
 */
export function RollupTable({ rows, unitQuery, scores }: { rows: RollupRow[]; unitQuery: (unitId: number) => string; scores: boolean }) {
  const cells = rows.map((r): RollupCells => ({
    id: r.unitId,
    href: unitQuery(r.unitId),
    name: r.name,
    kind: UNIT_KIND_LABEL[r.kind],
    parent: r.level === 1 && r.hasChildren,
    sub: r.level > 1,
    members: r.members,
    started: r.started,
    startedRate: rateText(r.started, r.members),
    completed: r.completed,
    completedRate: rateText(r.completed, r.members),
    ...(scores && !r.withheld && r.averageScore !== null ? { average: r.averageScore } : {}),
    withheld: scores && r.withheld,
  }));
  return <RollupTableView rows={cells} scores={scores} floor={privacyMinGroup()} />;
}
