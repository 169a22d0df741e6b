/**
 * Single, multiple and true/false options as large tappable rows: real radio buttons and
 * checkboxes inside their labels, so arrow keys, space and screen readers work as anywhere else.
 * Once the key may be shown, the right options and the learner's wrong picks are marked in words,
 * not only colour. No hooks: the result view renders it on the server, read-only.
 */
import type { PublicQuestion, Reveal } from "@/lib/assessment/public-view";
import type { TAnswer } from "@/lib/assessment/score";

type Objective = Extract<PublicQuestion, { type: "single" | "multiple" | "truefalse" }>;

const TRUE_FALSE = [
  { id: "t", text: "正确", value: true },
  { id: "f", text: "错误", value: false },
];

function optionsOf(q: Objective) {
  return q.type === "truefalse" ? TRUE_FALSE : q.options.map((o) => ({ ...o, value: undefined as boolean | undefined }));
}

function isChecked(q: Objective, value: TAnswer | null, id: string, tf?: boolean) {
  if (!value) return false;
  if (value.type === "single") return value.choice === id;
  if (value.type === "multiple") return value.choices.includes(id);
  if (value.type === "truefalse") return q.type === "truefalse" && value.value === tf;
  return false;
}

export function OptionList({
  name,
  question,
  value,
  onChange,
  disabled = false,
  reveal,
  labelledBy,
}: {
  name: string;
  question: Objective;
  value: TAnswer | null;
  onChange?: (answer: TAnswer | null) => void;
  disabled?: boolean;
  reveal: Reveal | null;
  labelledBy: string;
}) {
  const multiple = question.type === "multiple";
  function pick(id: string, tf: boolean | undefined, checked: boolean) {
    if (!onChange) return;
    if (question.type === "truefalse") return onChange({ type: "truefalse", value: tf! });
    if (question.type === "single") return onChange({ type: "single", choice: id });
    const before = value?.type === "multiple" ? value.choices : [];
    const next = checked ? [...new Set([...before, id])].sort() : before.filter((c) => c !== id);
    onChange(next.length ? { type: "multiple", choices: next } : null);
  }
  return (
    <fieldset aria-labelledby={labelledBy} className="space-y-2" disabled={disabled}>
      {multiple ? <p className="text-sm text-stone-600">（多选：选出所有正确的选项）</p> : null}
      {optionsOf(question).map((o) => {
        const checked = isChecked(question, value, o.id, o.value);
        const right = reveal ? (question.type === "truefalse" ? reveal.answer === o.value : Boolean(reveal.correctOptions?.includes(o.id))) : false;
        // A correct option the cadre did not pick looks different from one he picked (ux.md m2):
        // dashed and white, labelled as missed, so nobody believes he chose it.
        const mark = reveal ? (right ? (checked ? "right" : "missed") : checked ? "wrong" : null) : null;
        const tone =
          mark === "right"
            ? "border-green-600 bg-green-50"
            : mark === "missed"
              ? "border-dashed border-green-700 bg-white"
              : mark === "wrong"
                ? "border-red-600 bg-red-50"
                : checked
                  ? "border-brand-700 bg-brand-50"
                  : "border-stone-300 bg-white hover:border-stone-400";
        return (
          <label
            key={o.id}
            className={`flex min-h-14 items-start gap-3 rounded-xl border-2 px-4 py-3 text-[17px] leading-snug has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${disabled ? "cursor-default" : "cursor-pointer"} ${tone}`}
          >
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={o.id}
              checked={checked}
              disabled={disabled}
              // No handler at all when read-only: the result view renders this on the server.
              onChange={onChange ? (e) => pick(o.id, o.value, e.currentTarget.checked) : undefined}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <span className="flex-1">
              {question.type !== "truefalse" ? <span className="mr-1 font-semibold">{o.id.toUpperCase()}.</span> : null}
              {o.text}
            </span>
            {mark ? (
              <span className={`shrink-0 text-sm font-semibold ${mark === "wrong" ? "text-red-800" : "text-green-800"}`}>
                {mark === "right" ? "✓ 你选对了" : mark === "missed" ? (multiple ? "漏选的正确答案" : "正确答案") : "✗ 你的选择"}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}
