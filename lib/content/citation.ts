import type { TCitation } from "./schema";

export const SOURCE_TITLE: Record<TCitation["source"], string> = {
  A: "《公职人员微信使用指南》",
  B: "新京报《天津浙江出台新规为微信使用划“红线”》",
};

/** "来源：… · 《中国纪检监察报》 · 2015-12": one wording for the React pages and the lesson reader's HTML. */
export function citationText(c: TCitation): string {
  return `来源：${[SOURCE_TITLE[c.source], c.publication, c.date, c.note].filter(Boolean).join(" · ")}`;
}
