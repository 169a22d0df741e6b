import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { filesUnder } from "@/lib/test/app-files";

// Emoji render as empty boxes where no colour-emoji font is installed (some 信创 desktops, older
// WebViews): the UI uses SVG icons (components/ui/icons.tsx, lib/html/icons.ts) instead.
const EMOJI = /[\p{Emoji_Presentation}\u{FE0F}]|[\u{1F000}-\u{1FAFF}]/u;

test("no emoji in the UI's source: pages, components, the plain-HTML shell and lesson reader", () => {
  const found = [...filesUnder("app"), ...filesUnder("components"), ...filesUnder("lib/html")]
    .filter((f) => /\.(tsx?|css)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .concat("lib/content/lesson-html.ts")
    .flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (EMOJI.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
    );
  expect(found).toEqual([]);
});
