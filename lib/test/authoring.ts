/**
 * Authored questions for tests (and the e2e journey's expectations): plain objects as an editor
 * would submit them, before zod fills defaults.
 */
import type { Db } from "../db/client";
import { loadContent } from "../content/load";
import { syncContent } from "../content/sync";
import { syncQuestionBank } from "../assessment/bank";
import { ensureQuizzes } from "../assessment/quizzes";

/** Rules, modules, cases, the content bank and the default quizzes, as at server start. */
export async function bootContent(d: Db) {
  const content = loadContent();
  await syncContent(d, content);
  await syncQuestionBank(d, content.questions);
  await ensureQuizzes(d, content.course);
  return content;
}

export function singleQuestion(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    type: "single",
    module: "red-lines",
    rules: ["V1"],
    stem: "朋友圈里有人转发对中央决策冷嘲热讽的文章，你应该：",
    options: [
      { id: "a", text: "转发并注明仅供参考", misconception: "转发不代表自己的观点" },
      { id: "b", text: "设置三天可见后转发", misconception: "设置分组就不算公开" },
      { id: "c", text: "不转发、不评论，通过组织渠道反映", correct: true },
      { id: "d", text: "转到同学小群里讨论", misconception: "小群里说话属于私人言论" },
    ],
    explanation: "转发本身就是传播和表态。",
    ...over,
  };
}

/** A three-step branching scenario: s1 → s2 → s3 → endings, with a shortcut to a bad ending. */
export function scenarioQuestion(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    type: "scenario",
    module: "cases",
    rules: ["V2"],
    stem: "工作群里有人转发了一条未经证实的消息……",
    explanation: "不信谣、不传谣，核实后再说。",
    setting: "group",
    chatTitle: "街道工作群",
    start: "s1",
    steps: [
      {
        id: "s1",
        messages: [{ from: "老王", text: "听说明天要停水三天！" }],
        prompt: "你怎么做？",
        choices: [
          { id: "forward", action: "forward", label: "转发到家人群", next: "bad", score: 0, misconception: "转发提醒家人不算传谣" },
          { id: "verify", action: "verify", label: "先向自来水公司核实", next: "s2", score: 5 },
        ],
      },
      {
        id: "s2",
        messages: [{ from: "自来水公司", text: "没有停水计划。" }],
        prompt: "核实后呢？",
        choices: [
          { id: "tell", action: "reply", label: "在群里说明情况", says: [{ from: "我", text: "已核实，没有停水计划。" }], next: "s3", score: 5 },
          { id: "silent", action: "ignore", label: "不吭声", next: "s3", score: 1 },
        ],
      },
      {
        id: "s3",
        messages: [{ from: "群主", text: "谢谢提醒！" }],
        prompt: "最后一步？",
        choices: [
          { id: "remind", action: "reply", label: "提醒大家以官方通知为准", next: "good", score: 5 },
          { id: "done", action: "ignore", label: "不再理会", next: "neutral", score: 2 },
        ],
      },
    ],
    endings: [
      { id: "good", outcome: "good", title: "谣言止于智者", consequence: "你核实并澄清，避免了恐慌。", rules: ["V2"] },
      { id: "neutral", outcome: "neutral", title: "差一点", consequence: "你核实了，但没有提醒。", rules: ["V2"] },
      { id: "bad", outcome: "bad", title: "传谣", consequence: "你转发了谣言。", rules: ["V2"] },
    ],
    ...over,
  };
}
