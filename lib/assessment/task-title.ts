/**
 * A scenario or drafting task practised on its own (records.ts startQuestionPractice) runs as an
 * attempt on its module's practice quiz with a one-item paper. The cadre started "C2 …", not
 * "练习：典型案例": this names the attempt after the task, so the player and the result page can
 * drop the quiz scaffolding (第 1/1 题, 题目导航).
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import type { AttemptView } from "./attempts";

export async function practiceTaskTitle(d: Db, view: Pick<AttemptView, "kind" | "items">): Promise<string | null> {
  if (view.kind !== "PRACTICE" || view.items.length !== 1) return null;
  const [item] = view.items;
  if (item.question.type === "drafting") return "公务消息起草";
  if (item.question.type !== "scenario") return null;
  const {
    rows: [row],
  } = await sql<
    Partial<TableRow<"case_study", "title">>
  >`SELECT c.title FROM question_version v LEFT JOIN case_study c ON c.code = v.payload->>'case' WHERE v.id = ${item.versionId}`.execute(kysely(d));
  return `案例情景：${row?.title ?? item.question.chatTitle}`;
}
