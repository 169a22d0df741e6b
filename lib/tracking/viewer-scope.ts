/**
 * What a tracking page may show its viewer: the unit it is about (inside his scope, else
 * NotFoundError → 404) and a member's row without scores for those above the branch.
 */
import type { Viewer } from "../auth/viewer";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import type { Db } from "../db/client";
import { unitInScope, type UnitRow } from "../org/units";
import type { MemberStateRow } from "./state";

/** What above-the-branch viewers get of a member's row: state and dates, no score. */
export function withoutScores(r: MemberStateRow): MemberStateRow {
  return { ...r, bestScore: null, passed: false, attempts: 0 };
}

export type TrackingViewer = Pick<Viewer, "id" | "role" | "unitId">;

/** The unit the page is about: ?unit= if given (must be in scope), else the viewer's own. */
export async function resolveUnit(d: Db, viewer: TrackingViewer, unitId?: number): Promise<UnitRow> {
  const unit = await unitInScope(d, scopeRoot(viewer), unitId ?? viewer.unitId);
  if (!unit) throw new NotFoundError();
  return unit;
}
