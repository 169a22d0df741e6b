/**
 * A drafting item's content points as one line each, for the question editor and the version
 * diff: `label = 甲/乙 + 丙/丁` — the draft must contain 甲 or 乙, and 丙 or 丁. Pure; runs in the
 * browser too.
 */
import type { TDraftingPoint } from "./schema";

export function pointsText(points: readonly TDraftingPoint[]): string {
  return points.map((p) => `${p.label} = ${p.all.map((g) => g.join(" / ")).join(" + ")}`).join("\n");
}

/** Lenient: a line without "=" is its own label and its own (single) alternative. */
export function parsePointsText(text: string): TDraftingPoint[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const eq = line.indexOf("=");
      const label = (eq < 0 ? line : line.slice(0, eq)).trim();
      const rest = eq < 0 ? label : line.slice(eq + 1);
      const all = rest
        .split("+")
        .map((g) => g.split("/").map((a) => a.trim()).filter(Boolean))
        .filter((g) => g.length > 0);
      return { label, all };
    });
}
