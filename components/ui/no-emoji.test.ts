import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

// Emoji render as empty boxes where no colour-emoji font is installed (some 信创 desktops, older
// WebViews): the UI uses SVG icons (components/ui/icons.tsx, lib/html/icons.ts) instead.
const EMOJI = /[\p{Emoji_Presentation}\u{FE0F}]|[\u{1F000}-\u{1FAFF}]/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|css)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

test("no emoji in the UI's source: pages, components, the plain-HTML shell and lesson reader", () => {
  const found = [...files("app"), ...files("components"), ...files("lib/html"), "lib/content/lesson-html.ts"].flatMap((f) =>
    readFileSync(f, "utf8")
      .split("\n")
      .flatMap((line, i) => (EMOJI.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
  );
  expect(found).toEqual([]);
});
