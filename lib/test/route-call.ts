/**
 * Calling route handlers in tests as Next would (a plain Request with a bearer token), and the
 * secrets of a question that must not reach a member before its key may be shown.
 */
import type { TQuestion } from "../content/schema";

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function callRoute(handler: RouteHandler, method: string, path: string, c: { token: string; params?: Record<string, string>; body?: unknown }) {
  const headers: Record<string, string> = { authorization: `Bearer ${c.token}` };
  const body = c.body === undefined ? undefined : JSON.stringify(c.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(new Request(new URL(`http://localhost/api/v1${path}`), { method, headers, body }), { params: Promise.resolve(c.params ?? {}) });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** What a learner is shown of a question before answering it. */
const shownOf = (q: TQuestion) =>
  JSON.stringify(
    q.type === "scenario" ? [q.stem, q.steps] : q.type === "drafting" ? [q.stem, q.situation] : [q.stem, "options" in q ? q.options.map((o) => o.text) : []],
  );

/**
 * Texts only a revealed key carries: explanations, misconceptions, samples, scenario feedback and
 * endings. Texts also shown with the question itself (a stem, an option, a chat line) are left out.
 */
export function secretsOf(questions: TQuestion[]): string[] {
  const out: string[] = [];
  for (const q of questions) {
    out.push(q.explanation);
    if (q.type === "single" || q.type === "multiple") out.push(...q.options.map((o) => o.misconception ?? ""));
    if (q.type === "truefalse") out.push(q.misconception ?? "");
    if (q.type === "drafting") out.push(q.sample);
    if (q.type === "scenario") {
      for (const st of q.steps) for (const c of st.choices) out.push(c.misconception ?? "", c.feedback ?? "");
      for (const e of q.endings) out.push(e.consequence, e.title, ...e.messages.map((m) => m.text));
    }
  }
  const shown = questions.map(shownOf).join("\n");
  return [...new Set(out)].filter((x) => x.length >= 4 && !shown.includes(x));
}
