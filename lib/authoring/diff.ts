/**
 * A readable, field-level diff between two versions of a question: stem, options, the key,
 * explanation, citation, and for scenarios every step, choice and ending, matched by id (so
 * reordering options or steps reads as what it is, not as every field changing).
 * Pure: used by the versions page and for the audit entry of an edit.
 */
import { pointsText } from "../content/drafting-points";
import type { TChatMessage, TCitation, TQuestion } from "../content/schema";

export interface DiffEntry {
  /** Stable key of the field, e.g. "option:b:text" or "step:s1:choice:a:next". */
  key: string;
  /** The field in words, e.g. "选项 B · 内容". */
  label: string;
  kind: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
  /** Changes what counts as right (the key, correct flags, scores, paths, outcomes). */
  affectsKey: boolean;
}

interface Field {
  label: string;
  value: string;
  key?: boolean;
}

const TYPE_NAME: Record<string, string> = { single: "单选题", multiple: "多选题", truefalse: "判断题", scenario: "情景题", drafting: "起草题" };
const SETTING_NAME: Record<string, string> = { group: "群聊", private: "私聊", moments: "朋友圈", redpacket: "红包" };
const OUTCOME_NAME: Record<string, string> = { good: "好的结局", neutral: "尚可的结局", bad: "坏的结局" };

const citation = (c: (TCitation & { case?: string }) | undefined) =>
  c ? [`来源 ${c.source}`, c.publication, c.date, c.note, c.case ? `案例 ${c.case}` : undefined].filter(Boolean).join(" · ") : "";

const messages = (ms: TChatMessage[]) =>
  ms.map((m) => `${m.from}：${m.kind !== "text" ? `[${m.kind}${m.meta ? ` ${m.meta}` : ""}] ` : ""}${m.text}`).join("\n");

const letter = (id: string) => id.toUpperCase();

function flatten(q: TQuestion): Map<string, Field> {
  const f = new Map<string, Field>();
  const put = (key: string, label: string, value: string | number | undefined | null, isKey = false) => {
    if (value === undefined || value === null || value === "") return;
    f.set(key, { label, value: String(value), key: isKey });
  };
  put("type", "题型", TYPE_NAME[q.type] ?? q.type, true);
  put("module", "模块", q.module);
  put("rules", "规则编码", q.rules.join("、"));
  put("difficulty", "难度", q.difficulty);
  put("stem", "题干", q.stem);
  switch (q.type) {
    case "single":
    case "multiple":
      put(
        "key",
        "正确答案",
        q.options
          .filter((o) => o.correct)
          .map((o) => letter(o.id))
          .join("、"),
        true,
      );
      for (const o of q.options) {
        put(`option:${o.id}:text`, `选项 ${letter(o.id)} · 内容`, o.text);
        put(`option:${o.id}:correct`, `选项 ${letter(o.id)} · 是否正确`, o.correct ? "正确" : "错误", true);
        put(`option:${o.id}:misconception`, `选项 ${letter(o.id)} · 误区`, o.misconception);
      }
      break;
    case "truefalse":
      put("key", "正确答案", q.answer ? "正确" : "错误", true);
      put("misconception", "误区", q.misconception);
      break;
    case "drafting":
      put("situation", "情境", q.situation);
      put("kind", "文种", q.kind);
      put("rubric", "评分规则", q.rubric.join("、"), true);
      put("points", "内容要点", pointsText(q.points), true);
      put("sample", "参考范文", q.sample);
      put("sampleSendAt", "参考范文发送时间", q.sampleSendAt);
      break;
    case "scenario":
      put("case", "案例", q.case);
      put("setting", "场景", SETTING_NAME[q.setting] ?? q.setting);
      put("chatTitle", "聊天标题", q.chatTitle);
      put("start", "起始步骤", q.start, true);
      for (const s of q.steps) {
        const at = `步骤「${s.id}」`;
        put(`step:${s.id}:messages`, `${at} · 消息`, messages(s.messages));
        put(`step:${s.id}:prompt`, `${at} · 提问`, s.prompt);
        for (const c of s.choices) {
          const ct = `${at} · 选项「${c.id}」`;
          put(`step:${s.id}:choice:${c.id}:action`, `${ct} · 动作`, c.action);
          put(`step:${s.id}:choice:${c.id}:label`, `${ct} · 选项文字`, c.label);
          put(`step:${s.id}:choice:${c.id}:says`, `${ct} · 发出的消息`, messages(c.says));
          put(`step:${s.id}:choice:${c.id}:next`, `${ct} · 下一步`, c.next, true);
          put(`step:${s.id}:choice:${c.id}:score`, `${ct} · 得分`, c.score, true);
          put(`step:${s.id}:choice:${c.id}:misconception`, `${ct} · 误区`, c.misconception);
          put(`step:${s.id}:choice:${c.id}:feedback`, `${ct} · 反馈`, c.feedback);
        }
      }
      for (const e of q.endings) {
        const at = `结局「${e.id}」`;
        put(`ending:${e.id}:outcome`, `${at} · 结果`, OUTCOME_NAME[e.outcome] ?? e.outcome, true);
        put(`ending:${e.id}:title`, `${at} · 标题`, e.title);
        put(`ending:${e.id}:messages`, `${at} · 消息`, messages(e.messages));
        put(`ending:${e.id}:consequence`, `${at} · 后果说明`, e.consequence);
        put(`ending:${e.id}:rules`, `${at} · 规则编码`, e.rules.join("、"));
        put(`ending:${e.id}:citation`, `${at} · 出处`, citation(e.citation));
      }
      break;
  }
  put("explanation", "解析", q.explanation);
  put("citation", "出处", citation(q.citation));
  return f;
}

/** What changed from `a` to `b`, in the order fields appear (b's new fields after a's). */
export function diffQuestions(a: TQuestion, b: TQuestion): DiffEntry[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const keys = [...fa.keys(), ...[...fb.keys()].filter((k) => !fa.has(k))];
  const out: DiffEntry[] = [];
  for (const key of keys) {
    const x = fa.get(key);
    const y = fb.get(key);
    if (x && y && x.value === y.value) continue;
    out.push({
      key,
      label: (y ?? x)!.label,
      kind: !x ? "added" : !y ? "removed" : "changed",
      before: x?.value ?? null,
      after: y?.value ?? null,
      affectsKey: Boolean(x?.key || y?.key),
    });
  }
  return out;
}
