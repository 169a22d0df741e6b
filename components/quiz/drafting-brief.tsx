import type { PublicQuestion } from "@/lib/assessment/public-view";
import { DRAFT_KIND_LABEL } from "./labels";

/** A drafting task's brief above the message box: the situation, the kind of message and what it must say. */
export function DraftingBrief({ question: q }: { question: Extract<PublicQuestion, { type: "drafting" }> }) {
  return (
    <dl className="space-y-1 rounded-xl bg-stone-50 p-3 text-[15px]">
      <div>
        <dt className="inline font-medium">情境：</dt>
        <dd className="inline">{q.situation}</dd>
      </div>
      <div>
        <dt className="inline font-medium">消息类型：</dt>
        <dd className="inline">{DRAFT_KIND_LABEL[q.kind] ?? q.kind}</dd>
      </div>
      <div>
        <dt className="font-medium">消息须写明：</dt>
        <dd>
          <ul className="list-disc pl-5">
            {q.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
