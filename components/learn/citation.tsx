import type { TCitation } from "@/lib/content/schema";

export const SOURCE_TITLE: Record<TCitation["source"], string> = {
  A: "《公职人员微信使用指南》",
  B: "新京报《天津浙江出台新规为微信使用划“红线”》",
};

/** "来源：… · 《中国纪检监察报》 · 2015-12" */
export function Citation({ c }: { c: TCitation }) {
  const parts = [SOURCE_TITLE[c.source], c.publication, c.date, c.note].filter(Boolean);
  return <cite className="block text-xs not-italic text-stone-500">来源：{parts.join(" · ")}</cite>;
}
