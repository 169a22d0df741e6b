/**
 * Two app nodes on one database: a session and an attempt work across both; concurrent submits of
 * one attempt from both nodes give one result.
 */
import { startServer, type Server } from "../lib/harness";
import type { RunContext } from "../lib/run-context";

/** `servers`: the second node is added to it, for the run to stop. */
export async function twoNodesScenario(ctx: RunContext, app: Server, servers: Server[], cookie: string) {
  const second = await startServer({ port: ctx.port + 1, databaseUrl: ctx.databaseUrl, secret: ctx.secret, env: { WEGUIDE_BENCH: "1" }, quiet: true });
  servers.push(second);
  const h = { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" };
  const start = await (await fetch(`${second.url}/api/v1/quizzes/self-check-pre/attempts`, { method: "POST", headers: h })).json();
  const id = start.id ?? start.attemptId;
  const submits = await Promise.all(
    [app, second, app, second].map(async (s) => (await fetch(`${s.url}/api/v1/attempts/${id}/submit`, { method: "POST", headers: h })).json()),
  );
  const twoNodes = {
    sessionAcceptedByBoth: Boolean(id),
    distinctSubmitResults: new Set(submits.map((x) => JSON.stringify([x.result?.score ?? x.score, x.submittedAt ?? x.result?.submittedAt]))).size,
  };
  ctx.log("two nodes:", twoNodes);
  return twoNodes;
}
