// Next.js calls register() once per server start, before serving. Not during `next build`:
// the build must never open the database (an embedded one allows a single process).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootOrExit } = await import("./lib/boot");
  await bootOrExit();
  const { env } = await import("./lib/env");
  if (env().SCHEDULER === "on") {
    const [{ startScheduler }, { db }] = await Promise.all([import("./lib/jobs/scheduler"), import("./lib/db/client")]);
    startScheduler(db());
  }
}
