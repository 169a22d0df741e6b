/**
 * The daily practice over HTTP as the browser does it: the home page (with the 今日一练 card), the
 * card's server action that opens today's set (it redirects to the set), and the player's server
 * action that saves each answer. A server action is a POST to the page it lives on with a
 * `Next-Action` header naming it (ids from the build's server-reference manifest) and its
 * arguments as a JSON array; the result comes back as React's flight stream.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export interface DailyActionIds {
  start: string;
  answer: string;
}

/** The ids the build gave startDailyAction and saveDailyAnswerAction. */
export function dailyActionIds(root: string): DailyActionIds {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const find = (name: string) => {
    const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && (v.filename ?? "").includes("daily/actions"));
    if (!hit) throw new Error(`server action ${name} not found in the build's manifest`);
    return hit[0];
  };
  return { start: find("startDailyAction"), answer: find("saveDailyAnswerAction") };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export function request(agent: http.Agent, base: string, method: string, p: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const u = new URL(p, base);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method,
        headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - t0 }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

const actionHeaders = (base: string, cookie: string, id: string) => ({
  cookie,
  "next-action": id,
  accept: "text/x-component",
  "content-type": "text/plain;charset=UTF-8",
  origin: base,
  "sec-fetch-site": "same-origin",
});

/** The home as a cadre opens it; ok when the page carries the today card. */
export async function openHome(agent: http.Agent, base: string, cookie: string) {
  const r = await request(agent, base, "GET", "/learn", { cookie });
  return { ...r, ok: r.status === 200 && r.body.includes('id="today-title"') };
}

/** 开始今日一练 / 继续今日一练: the action redirects to the set; its public id, or null. */
export async function startToday(agent: http.Agent, base: string, cookie: string, ids: DailyActionIds) {
  const r = await request(agent, base, "POST", "/learn", actionHeaders(base, cookie, ids.start), "[{}]");
  const publicId = /\/attempt\/([A-Za-z0-9_-]+)/.exec(String(r.headers["x-action-redirect"] ?? ""))?.[1] ?? null;
  return { ...r, publicId };
}

export interface AnswerReply {
  ok: boolean;
  error?: string;
  correct?: boolean;
  /** Points this answer earned, as the server told the cadre. */
  earned: number;
  completed?: boolean;
}

/** The action's return value out of the flight stream (the row holding `"ok":`). */
function actionResult(body: string): AnswerReply {
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*"ok":.*\})$/.exec(line);
    if (!m) continue;
    const v = JSON.parse(m[1]) as { ok: boolean; error?: string; data?: { feedback?: { correct?: boolean }; daily?: { earned: number; completed: boolean } } };
    return { ok: v.ok, error: v.error, correct: v.data?.feedback?.correct, earned: v.data?.daily?.earned ?? 0, completed: v.data?.daily?.completed };
  }
  return { ok: false, error: `no action result in: ${body.slice(0, 200)}`, earned: 0 };
}

export async function answerToday(agent: http.Agent, base: string, cookie: string, ids: DailyActionIds, publicId: string, versionId: number, answer: unknown) {
  const r = await request(
    agent,
    base,
    "POST",
    `/attempt/${publicId}`,
    actionHeaders(base, cookie, ids.answer),
    JSON.stringify([{ publicId, versionId, answer }]),
  );
  return { ...r, result: r.status === 200 ? actionResult(r.body) : { ok: false, error: `HTTP ${r.status}`, earned: 0 } };
}
