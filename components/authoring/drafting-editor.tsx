"use client";

import type { Problem } from "@/lib/authoring/validate";
import { pointsText } from "@/lib/content/drafting-points";
import { DRAFT_KIND_LABEL } from "@/components/quiz/labels";
import { errorsAt, textBinding, type Draft } from "./draft";
import { CodesInput, Select, TextArea, TextInput } from "./fields";

type Patch = (p: Partial<Draft>) => void;

/** The drafting task: the situation, the kind of message, the points it must make, the rubric and a model answer. */
export function DraftingEditor({ draft, patch, problems, rulesList }: { draft: Draft; patch: Patch; problems: Problem[]; rulesList: string }) {
  const text = textBinding(draft, patch, problems);
  return (
    <fieldset className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2">
      <legend className="px-1 font-semibold">起草任务</legend>
      <TextArea className="sm:col-span-2" label="情境" {...text("situation")} />
      <Select
        label="文种"
        value={draft.kind ?? "notice"}
        onChange={(v) => patch({ kind: v })}
        options={Object.entries(DRAFT_KIND_LABEL).map(([value, label]) => ({ value, label }))}
      />
      <TextInput label="参考范文发送时间" hint="如 09:30；学员自己选择发送时间，U1 按学员选的时间评" {...text("sampleSendAt")} />
      <TextArea
        className="sm:col-span-2"
        label="内容要点"
        hint="每行一个要点：要点名称 = 词甲 / 词乙 + 词丙。消息须含“甲或乙”且含“丙”，缺哪个要点就提示哪个。"
        value={draft.pointsText ?? pointsText(draft.points ?? [])}
        onChange={(v) => patch({ pointsText: v })}
        errors={errorsAt(problems, "points")}
      />
      <CodesInput
        className="sm:col-span-2"
        label="评分规则"
        hint="检查器据此评分的规则编码，如 R1, R2"
        listId={rulesList}
        value={draft.rubric ?? []}
        onChange={(v) => patch({ rubric: v })}
        errors={errorsAt(problems, "rubric")}
      />
      <TextArea className="sm:col-span-2" label="参考范文" {...text("sample")} />
    </fieldset>
  );
}
