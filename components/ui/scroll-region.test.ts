import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { filesUnder } from "@/lib/test/app-files";

// A box that scrolls sideways holding no link or button cannot be scrolled by keyboard unless it is
// focusable itself (axe: scrollable-region-focusable; it failed on /admin/jobs at 360 px once the
// table held rows, so page-level axe runs miss it on an empty database). Every such box is a
// ScrollRegion; a <nav> (its links are focusable) or a <pre> that wraps its lines may scroll on its own.

test("every sideways-scrolling box is a ScrollRegion, a <nav> or a wrapping <pre>", () => {
  const offenders = [...filesUnder("app"), ...filesUnder("components")]
    .filter((f) => f.endsWith(".tsx"))
    .filter((f) => !f.endsWith("scroll-region.tsx"))
    .flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          /overflow-(x-)?(auto|scroll)/.test(line) && !/<nav\b/.test(line) && !/<pre\b.*whitespace-pre-wrap/.test(line) ? [`${f}:${i + 1}`] : [],
        ),
    );
  expect(offenders).toEqual([]);
});
