"use client";

import { ClientButton } from "@/components/forms/client-button";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { PlayItem } from "@/components/quiz/types";
import type { ActionResult } from "@/lib/auth/guard";
import { problemsOf, type Problem } from "@/lib/authoring/validate";
import { CitationFields } from "./citation-fields";
import { CheckResults } from "./check-results";
import { TYPE_NAMES, blankQuestion, cleanDraft, errorsAt, textBinding, type Draft } from "./draft";
import { DraftingEditor } from "./drafting-editor";
import { CodesInput, Select, TextArea, TextInput } from "./fields";
import { OptionsEditor, TrueFalseEditor } from "./options-editor";
import { QuestionPreview } from "./question-preview";
import { ScenarioEditor } from "./scenario-editor";

type Action<I, O> = (input: I) => Promise<ActionResult<O>>;
type SaveOut = { saved: true; id: string; version: number; changed: boolean } | { saved: false; problems: Problem[] };
type RegradeOut =
  | { saved: true; newVersion: number; responses: number; changedResponses: number; attempts: number; changedAttempts: number; notified: number }
  | { saved: false; problems: Problem[] };

export interface EditorProps {
  mode: "create" | "edit" | "regrade";
  initial: Draft;
  /** Edit: the version the editor was opened on (someone else's later save is not overwritten). */
  expectedVersion?: number;
  /** Regrade: the version whose answers are rescored. */
  regrade?: { versionId: number; version: number; answered: number };
  modules: { slug: string; title: string }[];
  rules: { code: string; title: string }[];
  save: Action<{ mode: "create" | "edit"; id?: string; question: unknown; expectedVersion?: number }, SaveOut>;
  regradeAction?: Action<{ id: string; versionId: number; question: unknown; reason: string }, RegradeOut>;
  previewStart: Action<{ question: unknown }, unknown>;
  previewAnswer: Action<{ question: unknown; answer: unknown }, unknown>;
}

/**
 * The question editor for every type, validated as you type by the same schema as content/ (and,
 * for scenarios, the same graph checks); the server checks again on save. Saving a published
 * question makes a new version; attempts keep the version they answered.
 */
export function QuestionEditor(props: EditorProps) {
  const { mode, modules, rules } = props;
  const router = useRouter();
  const ids = useId();
  const rulesList = `${ids}-rules`;
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [serverProblems, setServerProblems] = useState<Problem[] | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [last, setLast] = useState<"save" | "regrade" | "preview" | null>(null);
  const [preview, setPreview] = useState<{ n: number; question: unknown; item: PlayItem } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);

  const clean = useMemo(() => cleanDraft(draft), [draft]);
  const live = useMemo(() => problemsOf(clean), [clean]);
  const problems = serverProblems ?? live;
  // A new question shows a field's problems once that field has been edited (or on saving), not
  // nine red errors on an empty form; an existing one shows them all at once.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(mode !== "create");
  const shown = problems.filter((p) => attempted || (p.path === "" ? touched.size > 0 : [...touched].some((k) => p.path === k || p.path.startsWith(`${k}.`))));
  const patch = (p: Partial<Draft>) => {
    setServerProblems(null);
    setTouched((t) => new Set([...t, ...Object.keys(p)]));
    setDraft((d) => ({ ...d, ...p }));
  };
  const text = textBinding(draft, patch, shown);

  function changeType(type: Draft["type"]) {
    const fresh = blankQuestion(type, draft.module);
    setDraft({
      ...fresh,
      id: draft.id,
      module: type === "scenario" ? fresh.module : draft.module,
      rules: draft.rules,
      stem: draft.stem,
      explanation: draft.explanation,
      difficulty: draft.difficulty,
      citation: draft.citation,
    });
  }

  const saving = useServerAction(props.save, {
    onSuccess: (x) => {
      if (!x.saved) return setServerProblems(x.problems);
      if (!x.changed) return setDone("内容没有变化，未生成新版本。");
      router.push(`/admin/questions/${encodeURIComponent(x.id)}?saved=${x.version}`);
    },
  });
  const regrading = useServerAction(
    async (input: { id: string; versionId: number; question: unknown; reason: string }): Promise<ActionResult<RegradeOut>> => {
      const r = await props.regradeAction!(input);
      dialog.current?.close();
      return r;
    },
    {
      onSuccess: (x) => {
        if (!x.saved) return setServerProblems(x.problems);
        setDone(
          `已生成第 ${x.newVersion} 版并重新评分：${x.responses} 份作答中 ${x.changedResponses} 份结果改变，${x.attempts} 次作答的成绩已重算（${x.changedAttempts} 次分数变化），已通知 ${x.notified} 名学员。`,
        );
        router.refresh();
      },
    },
  );
  const pending = saving.pending || regrading.pending;
  // One message line for the three calls: the one made last speaks.
  const error = pending ? null : last === "save" ? saving.error : last === "regrade" ? regrading.error : last === "preview" ? previewError : null;

  function onSave() {
    setAttempted(true);
    setLast("save");
    saving.run({
      mode: mode === "create" ? "create" : "edit",
      id: mode === "create" ? undefined : draft.id,
      question: clean,
      expectedVersion: props.expectedVersion,
    });
  }

  function onRegrade() {
    if (!props.regradeAction || !props.regrade) return;
    setLast("regrade");
    regrading.run({ id: draft.id, versionId: props.regrade.versionId, question: clean, reason });
  }

  async function onPreview() {
    setLast("preview");
    setPreviewError(null);
    const r = await props.previewStart({ question: clean });
    if (!r.ok) return setPreviewError(`无法预览：${r.error}`);
    setPreview((p) => ({ n: (p?.n ?? 0) + 1, question: clean, item: r.data as PlayItem }));
  }

  return (
    <div className="space-y-5">
      <datalist id={rulesList}>
        {rules.map((r) => (
          <option key={r.code} value={r.code}>
            {r.title}
          </option>
        ))}
      </datalist>

      {mode === "regrade" && props.regrade ? (
        <div role="note" className="rounded-2xl border border-amber-400 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">
            更正第 {props.regrade.version} 版的答案并重新评分（已有 {props.regrade.answered} 份作答）
          </p>
          <p className="text-sm">
            请只更正答案、分值或结局；不要删除或改动选项标识，否则已有的作答无法评分。保存后会生成新版本，所有作答按新答案重算，成绩变化的学员会收到通知。
          </p>
        </div>
      ) : null}

      <fieldset className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">基本信息</legend>
        {mode === "create" ? (
          <div>
            <p className="mb-1 text-sm font-medium text-stone-700">题目标识</p>
            <p className="flex min-h-11 items-center text-sm text-stone-700">
              <span className="break-all font-mono">{draft.id}</span>
              <span className="ml-2 text-xs text-stone-600">（自动生成，供导入导出对照）</span>
            </p>
          </div>
        ) : (
          <TextInput label="题目标识" hint="标识不能修改" value={draft.id} readOnly onChange={() => undefined} errors={errorsAt(shown, "id")} />
        )}
        <Select
          label="题型"
          value={draft.type}
          onChange={(v) => changeType(v as Draft["type"])}
          options={(Object.keys(TYPE_NAMES) as Draft["type"][])
            .filter((t) => mode === "create" || t === draft.type)
            .map((t) => ({ value: t, label: TYPE_NAMES[t] }))}
          errors={errorsAt(shown, "type")}
        />
        <Select label="模块" {...text("module")} options={modules.map((m) => ({ value: m.slug, label: m.title }))} />
        <Select
          label="难度"
          value={String(draft.difficulty)}
          onChange={(v) => patch({ difficulty: Number(v) })}
          options={[
            { value: "1", label: "1 易" },
            { value: "2", label: "2 中" },
            { value: "3", label: "3 难" },
          ]}
        />
        <CodesInput
          className="sm:col-span-2"
          label="规则编码"
          hint="至少一条，逗号分隔，如 V1, P1"
          listId={rulesList}
          value={draft.rules}
          onChange={(v) => patch({ rules: v })}
          errors={errorsAt(shown, "rules")}
        />
        <TextArea className="sm:col-span-2" label="题干" {...text("stem")} />
      </fieldset>

      {draft.type === "single" || draft.type === "multiple" ? <OptionsEditor draft={draft} patch={patch} problems={shown} /> : null}
      {draft.type === "truefalse" ? <TrueFalseEditor draft={draft} patch={patch} /> : null}
      {draft.type === "drafting" ? <DraftingEditor draft={draft} patch={patch} problems={shown} rulesList={rulesList} /> : null}
      {draft.type === "scenario" ? <ScenarioEditor draft={draft} patch={patch} problems={shown} rulesList={rulesList} /> : null}

      <fieldset className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <legend className="px-1 font-semibold">解析与出处</legend>
        <TextArea label="解析" rows={4} {...text("explanation")} />
        <CitationFields legend="出处" value={draft.citation} onChange={(c) => patch({ citation: c })} withCase />
      </fieldset>

      <CheckResults id={`${ids}-problems`} shown={shown} problems={problems} />

      {error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-red-800">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="rounded-xl bg-green-50 p-3 text-green-900">
          {done}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {mode === "regrade" ? (
          <>
            <TextArea className="w-full" label="重新评分的原因（学员会看到）" rows={2} value={reason} onChange={setReason} />
            <ClientButton variant="danger" disabled={pending || reason.trim().length < 2} onClick={() => dialog.current?.showModal()}>
              重新评分…
            </ClientButton>
          </>
        ) : (
          <ClientButton disabled={pending} onClick={onSave}>
            {pending ? "正在保存…" : mode === "create" ? "保存为草稿" : "保存（生成新版本）"}
          </ClientButton>
        )}
        <ClientButton variant="secondary" onClick={() => void onPreview()}>
          {preview ? "按当前内容重新预览" : "预览（学员视角）"}
        </ClientButton>
        <Link href={mode === "create" ? "/admin/questions" : `/admin/questions/${encodeURIComponent(draft.id)}`} className={buttonClass("ghost")}>
          取消
        </Link>
      </div>

      {preview ? <QuestionPreview key={preview.n} question={preview.question} item={preview.item} answer={props.previewAnswer} /> : null}

      <dialog ref={dialog} aria-labelledby={`${ids}-dlg`} className="m-auto w-[min(92vw,30rem)] rounded-2xl p-0 backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <h2 id={`${ids}-dlg`} className="text-lg font-bold">
            确认重新评分？
          </h2>
          <p>
            第 {props.regrade?.version} 版的 {props.regrade?.answered}{" "}
            份作答将按更正后的答案重新计分，相关考试成绩、及格与否随之改变，成绩变化的学员会收到通知。此操作记入审计日志。
          </p>
          <div className="grid grid-cols-2 gap-2">
            <ClientButton variant="secondary" onClick={() => dialog.current?.close()}>
              取消
            </ClientButton>
            <ClientButton variant="danger" disabled={pending} onClick={onRegrade}>
              {pending ? "正在重新评分…" : "确认重新评分"}
            </ClientButton>
          </div>
        </div>
      </dialog>
    </div>
  );
}
