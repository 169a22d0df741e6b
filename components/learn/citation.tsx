import { citationText } from "@/lib/content/citation";
import type { TCitation } from "@/lib/content/schema";

/** "来源：… · 《中国纪检监察报》 · 2015-12" */
export function Citation({ c }: { c: TCitation }) {
  return <cite className="block text-xs not-italic text-stone-600">{citationText(c)}</cite>;
}
