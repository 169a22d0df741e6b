"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useRef } from "react";
import type { Problem } from "@/lib/authoring/validate";
import { CitationFields } from "./citation-fields";
import {
  ACTIONS,
  OUTCOMES,
  SETTINGS,
  blankChoice,
  blankEnding,
  blankStep,
  errorsAt,
  freshId,
  textBinding,
  type Draft,
  type DraftChoice,
  type DraftEnding,
  type DraftStep,
} from "./draft";
import { CodesInput, NumberInput, Select, TextArea, TextInput } from "./fields";
import { MessagesEditor } from "./messages-editor";
import { ScenarioMap } from "./scenario-map";

type Patch = (p: Partial<Draft>) => void;

/**
 * The branching-scenario editor: the chat's setting and start, steps (messages, prompt, choices)
 * and endings, with the map of branches redrawn as you type. Renaming a step or an ending moves
 * the arrows that pointed at it (when the new id is free).
 */
export function ScenarioEditor({ draft, patch, problems, rulesList }: { draft: Draft; patch: Patch; problems: Problem[]; rulesList: string }) {
  const steps = draft.steps ?? [];
  const endings = draft.endings ?? [];
  const allIds = [...steps.map((s) => s.id), ...endings.map((e) => e.id)];
  const focusId = useRef<string | null>(null);
  const text = textBinding(draft, patch, problems);

  const setSteps = (next: DraftStep[]) => patch({ steps: next });
  const setEndings = (next: DraftEnding[]) => patch({ endings: next });
  const setStep = (i: number, p: Partial<DraftStep>) => setSteps(steps.map((s, k) => (k === i ? { ...s, ...p } : s)));
  const setChoice = (i: number, j: number, p: Partial<DraftChoice>) => setStep(i, { choices: steps[i].choices.map((c, k) => (k === j ? { ...c, ...p } : c)) });
  const setEnding = (i: number, p: Partial<DraftEnding>) => setEndings(endings.map((e, k) => (k === i ? { ...e, ...p } : e)));

  /** After an id was edited: point every arrow (and the start) at the new id, if nothing else has it. */
  function renamed(from: string | null, to: string) {
    if (!from || from === to || !to || allIds.filter((x) => x === to).length > 1) return;
    patch({
      start: draft.start === from ? to : draft.start,
      steps: steps.map((s) => ({ ...s, choices: s.choices.map((c) => (c.next === from ? { ...c, next: to } : c)) })),
    });
  }
  const idEvents = (current: string) => ({ onFocus: () => (focusId.current = current), onBlur: () => renamed(focusId.current, current) });

  const targets = [
    ...steps.map((s) => ({ value: s.id, label: `步骤 ${s.id}` })),
    ...endings.map((e) => ({ value: e.id, label: `结局 ${e.id}（${OUTCOMES.find((o) => o.value === e.outcome)?.label ?? e.outcome}）` })),
  ];
  const targetOptions = (current: string) =>
    targets.some((t) => t.value === current) ? targets : [{ value: current, label: current ? `（不存在：${current}）` : "（请选择）" }, ...targets];

  return (
    <div className="space-y-5">
      <section aria-labelledby="scn-map" className="space-y-2">
        <h3 id="scn-map" className="font-semibold">
          分支图
        </h3>
        <ScenarioMap scenario={{ start: draft.start ?? "", steps, endings }} />
      </section>

      <fieldset className="grid gap-3 rounded-2xl border border-stone-200 p-3 sm:grid-cols-2">
        <legend className="px-1 font-semibold">聊天场景</legend>
        <Select
          label="场景"
          value={draft.setting ?? "group"}
          onChange={(v) => patch({ setting: v })}
          options={SETTINGS}
          errors={errorsAt(problems, "setting")}
        />
        <TextInput label="聊天标题" hint="群名或联系人" {...text("chatTitle")} />
        <Select
          label="起始步骤"
          {...text("start")}
          options={
            steps.some((s) => s.id === draft.start)
              ? steps.map((s) => ({ value: s.id, label: s.id }))
              : [{ value: draft.start ?? "", label: `（不存在：${draft.start ?? ""}）` }, ...steps.map((s) => ({ value: s.id, label: s.id }))]
          }
        />
        <TextInput
          label="案例编码（可选）"
          hint="如 C4"
          value={draft.case ?? ""}
          onChange={(v) => patch({ case: v.toUpperCase() })}
          errors={errorsAt(problems, "case")}
        />
      </fieldset>

      <Group id="scn-steps" title={`步骤（${steps.length}）`} errors={errorsAt(problems, "steps")}>
        {steps.map((s, i) => (
          <details key={i} open className="rounded-2xl border border-stone-300 bg-white p-3">
            <summary className="flex min-h-11 cursor-pointer items-center gap-2 font-medium">
              步骤 {i + 1}：{s.id || "（无标识）"}
              {s.id === draft.start ? <span className="rounded bg-blue-100 px-1.5 text-xs text-blue-800">起点</span> : null}
              {errorsAt(problems, `steps.${i}`) ? <span className="rounded bg-red-100 px-1.5 text-xs text-red-800">有问题</span> : null}
            </summary>
            <div className="mt-2 space-y-3">
              {errorsAt(problems, `steps.${i}`) ? <p className="text-sm text-red-700">{errorsAt(problems, `steps.${i}`)!.join("；")}</p> : null}
              <TextInput
                label="步骤标识"
                hint="小写字母、数字、连字符"
                value={s.id}
                onChange={(v) => setStep(i, { id: v })}
                {...idEvents(s.id)}
                errors={errorsAt(problems, `steps.${i}.id`)}
              />
              <MessagesEditor
                legend="对方发来的消息"
                messages={s.messages}
                onChange={(m) => setStep(i, { messages: m })}
                problems={problems}
                path={`steps.${i}.messages`}
              />
              <TextArea label="提问" rows={2} value={s.prompt} onChange={(v) => setStep(i, { prompt: v })} errors={errorsAt(problems, `steps.${i}.prompt`)} />
              <fieldset className="space-y-3">
                <legend className="text-sm font-semibold">选项（{s.choices.length}）</legend>
                {errorsAt(problems, `steps.${i}.choices`) ? (
                  <p className="text-sm text-red-700">{errorsAt(problems, `steps.${i}.choices`)!.join("；")}</p>
                ) : null}
                {s.choices.map((c, j) => {
                  const at = `steps.${i}.choices.${j}`;
                  return (
                    <div key={j} className="space-y-2 rounded-xl border border-stone-200 bg-stone-50 p-3">
                      <p className="text-sm font-medium">选项 {j + 1}</p>
                      <div className="grid grid-cols-2 gap-2">
                        <TextInput label="选项标识" value={c.id} onChange={(v) => setChoice(i, j, { id: v })} errors={errorsAt(problems, `${at}.id`)} />
                        <Select label="动作" value={c.action} onChange={(v) => setChoice(i, j, { action: v })} options={ACTIONS} />
                      </div>
                      <TextInput label="选项文字" value={c.label} onChange={(v) => setChoice(i, j, { label: v })} errors={errorsAt(problems, `${at}.label`)} />
                      <div className="grid grid-cols-2 gap-2">
                        <Select
                          label="下一步"
                          value={c.next}
                          onChange={(v) => setChoice(i, j, { next: v })}
                          options={targetOptions(c.next)}
                          errors={errorsAt(problems, `${at}.next`)}
                        />
                        <NumberInput
                          label="得分（0–10）"
                          min={0}
                          max={10}
                          value={c.score}
                          onChange={(v) => setChoice(i, j, { score: v })}
                          errors={errorsAt(problems, `${at}.score`)}
                        />
                      </div>
                      <MessagesEditor
                        legend="选择后发出的消息（可选）"
                        messages={c.says}
                        onChange={(m) => setChoice(i, j, { says: m })}
                        problems={problems}
                        path={`${at}.says`}
                        defaultFrom="我"
                      />
                      <TextInput label="误区（选错时暴露的想法，可选）" value={c.misconception ?? ""} onChange={(v) => setChoice(i, j, { misconception: v })} />
                      <TextInput label="反馈（可选）" value={c.feedback ?? ""} onChange={(v) => setChoice(i, j, { feedback: v })} />
                      <ClientButton variant="ghost" onClick={() => setStep(i, { choices: s.choices.filter((_, k) => k !== j) })}>
                        删除选项 {j + 1}
                      </ClientButton>
                    </div>
                  );
                })}
                <ClientButton
                  variant="secondary"
                  onClick={() =>
                    setStep(i, {
                      choices: [
                        ...s.choices,
                        blankChoice(
                          freshId(
                            "c",
                            s.choices.map((c) => c.id),
                          ),
                          endings[0]?.id ?? "",
                        ),
                      ],
                    })
                  }
                >
                  ＋ 添加选项
                </ClientButton>
              </fieldset>
              <ClientButton variant="ghost" className="text-red-700" onClick={() => setSteps(steps.filter((_, k) => k !== i))}>
                删除步骤 {s.id}
              </ClientButton>
            </div>
          </details>
        ))}
        <ClientButton
          variant="secondary"
          onClick={() =>
            setSteps([
              ...steps,
              blankStep(
                freshId("s", allIds),
                endings.map((e) => e.id),
              ),
            ])
          }
        >
          ＋ 添加步骤
        </ClientButton>
      </Group>

      <Group id="scn-endings" title={`结局（${endings.length}）`} errors={errorsAt(problems, "endings")}>
        {endings.map((e, i) => {
          const at = `endings.${i}`;
          return (
            <details key={i} open className="rounded-2xl border border-stone-300 bg-white p-3">
              <summary className="flex min-h-11 cursor-pointer items-center gap-2 font-medium">
                结局 {i + 1}：{e.id || "（无标识）"} · {OUTCOMES.find((o) => o.value === e.outcome)?.label}
                {errorsAt(problems, at) ? <span className="rounded bg-red-100 px-1.5 text-xs text-red-800">有问题</span> : null}
              </summary>
              <div className="mt-2 space-y-3">
                {errorsAt(problems, at) ? <p className="text-sm text-red-700">{errorsAt(problems, at)!.join("；")}</p> : null}
                <div className="grid grid-cols-2 gap-2">
                  <TextInput
                    label="结局标识"
                    value={e.id}
                    onChange={(v) => setEnding(i, { id: v })}
                    {...idEvents(e.id)}
                    errors={errorsAt(problems, `${at}.id`)}
                  />
                  <Select label="结果" value={e.outcome} onChange={(v) => setEnding(i, { outcome: v })} options={OUTCOMES} />
                </div>
                <TextInput label="结局标题" value={e.title} onChange={(v) => setEnding(i, { title: v })} errors={errorsAt(problems, `${at}.title`)} />
                <MessagesEditor
                  legend="结局时聊天中出现的消息"
                  messages={e.messages}
                  onChange={(m) => setEnding(i, { messages: m })}
                  problems={problems}
                  path={`${at}.messages`}
                />
                <TextArea
                  label="后果说明"
                  value={e.consequence}
                  onChange={(v) => setEnding(i, { consequence: v })}
                  errors={errorsAt(problems, `${at}.consequence`)}
                />
                <CodesInput
                  label="规则编码"
                  hint="如 V2, RP1"
                  listId={rulesList}
                  value={e.rules}
                  onChange={(v) => setEnding(i, { rules: v })}
                  errors={errorsAt(problems, `${at}.rules`)}
                />
                <CitationFields legend="结局出处（可选）" value={e.citation} onChange={(c) => setEnding(i, { citation: c })} withCase />
                <ClientButton variant="ghost" className="text-red-700" onClick={() => setEndings(endings.filter((_, k) => k !== i))}>
                  删除结局 {e.id}
                </ClientButton>
              </div>
            </details>
          );
        })}
        <ClientButton variant="secondary" onClick={() => setEndings([...endings, blankEnding(freshId("e", allIds), "neutral")])}>
          ＋ 添加结局
        </ClientButton>
      </Group>
    </div>
  );
}

/** The steps or the endings: a heading with the count, the list's own problems, then the list. */
function Group({ id, title, errors, children }: { id: string; title: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {errors ? <p className="text-sm text-red-700">{errors.join("；")}</p> : null}
      {children}
    </section>
  );
}
