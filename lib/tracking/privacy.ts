/**
 * The privacy floor. A member's own branch secretary sees his scores, attempts and mistakes;
 * anyone above the branch (general branch, committee, admin) sees completion by name but scores
 * only as aggregates over groups of at least PRIVACY_MIN_GROUP members (lib/env.ts, default 5).
 */
import type { Viewer } from "../auth/viewer";
import { env } from "../env";
import type { UnitKind } from "../generated/prisma/enums";

export function privacyMinGroup(): number {
  return env().PRIVACY_MIN_GROUP;
}

/**
 * Whether the viewer may see individual scores of members of `target` (a unit given by its id
 * and path): only a secretary of that very unit, or of the branch it lies in.
 */
export function individualScoresVisible(viewer: Pick<Viewer, "role" | "unitId">, viewerUnitKind: UnitKind, target: { id: number; path: number[] }): boolean {
  if (viewer.role !== "SECRETARY") return false;
  if (target.id === viewer.unitId) return true;
  return viewerUnitKind === "BRANCH" && target.path.includes(viewer.unitId);
}

/** An aggregate score may be shown for a group of `n` scored members. */
export function groupLargeEnough(n: number): boolean {
  return n >= privacyMinGroup();
}
