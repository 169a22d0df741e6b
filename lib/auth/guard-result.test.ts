import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTION_REGISTRY, guardedAction, type Viewer } from "./guard";
import { UserError } from "../errors";

// What a server action answers when its handler fails: a refusal is final, a database that could
// not be reached (or whose pool was busy past its wait) is marked retryable — the exam player then
// tries again instead of showing the cadre an error (components/quiz/use-attempt-answers.ts).
const cadre = { id: 1, role: "CADRE", mustChangePassword: false } as Viewer;
const outcome = (fail: () => never) => {
  guardedAction({ permission: "learn", schema: z.object({}) }, async () => fail());
  return ACTION_REGISTRY.at(-1)!.run({}, cadre);
};

describe("guardedAction's failures", () => {
  it("marks an unreachable or busy database as retryable, with nothing done", async () => {
    const pool = new Error("timeout exceeded when trying to connect");
    expect(
      await outcome(() => {
        throw pool;
      }),
    ).toEqual({ ok: false, error: "数据库暂时不可用，请稍后重试", retryable: true });
    const restart = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    expect(
      await outcome(() => {
        throw restart;
      }),
    ).toMatchObject({ ok: false, retryable: true });
  });

  it("leaves a refusal final", async () => {
    expect(
      await outcome(() => {
        throw new UserError("考试时间已到");
      }),
    ).toEqual({ ok: false, error: "考试时间已到" });
  });
});
