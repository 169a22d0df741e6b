import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { filesUnder } from "@/lib/test/app-files";

// A button whose work is an onClick handler does nothing when tapped before React has hydrated
// (a slow phone inside WeChat, a loaded CI machine: two flaky journeys came from it). Such buttons
// are `ClientButton`s, disabled until then; a plain `Button` or `<button>` with an onClick is the bug.

/** Each JSX opening tag of `tag` in `source`, to its closing `>` (braces in attributes skipped). */
function openingTags(source: string, tag: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const start = new RegExp(`<${tag}[\\s>]`, "g");
  for (let m = start.exec(source); m; m = start.exec(source)) {
    let depth = 0;
    let end = m.index;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    found.push({ line: source.slice(0, m.index).split("\n").length, text: source.slice(m.index, end + 1) });
  }
  return found;
}

test("the scan finds an onClick on a plain button, across lines", () => {
  const source = 'x\n<Button\n  type="button"\n  onClick={() => go({ a: 1 })}\n>\n<button onClick={f}>';
  expect(openingTags(source, "Button").map((t) => t.line)).toEqual([2]);
  expect(openingTags(source, "button")[0]?.text).toBe("<button onClick={f}>");
});

test("every button whose work is an onClick handler is a ClientButton (off until hydrated)", () => {
  const offenders = [...filesUnder("app"), ...filesUnder("components")]
    .filter((f) => f.endsWith(".tsx"))
    .flatMap((f) => {
      const source = readFileSync(f, "utf8");
      return ["Button", "button"].flatMap((tag) =>
        openingTags(source, tag)
          .filter((t) => /\bonClick=/.test(t.text))
          .map((t) => `${f}:${t.line}`),
      );
    });
  expect(offenders).toEqual([]);
});
