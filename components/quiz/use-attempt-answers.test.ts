import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/auth/guard";
import { withRetry } from "./use-attempt-answers";

// A save or a submission that failed for a passing reason is tried again (three tries in all);
// a refusal is shown at once.
const calls = (results: (ActionResult<string> | "throw")[]) => {
  let n = 0;
  const call = async (): Promise<ActionResult<string>> => {
    const r = results[Math.min(n++, results.length - 1)];
    if (r === "throw") throw new TypeError("Failed to fetch");
    return r;
  };
  return { call, count: () => n };
};
const busy: ActionResult<string> = { ok: false, error: "数据库暂时不可用，请稍后重试", retryable: true };

describe("withRetry", () => {
  it("tries again after a busy database and after a network failure", async () => {
    const c = calls([busy, "throw", { ok: true, data: "saved" }]);
    expect(await withRetry(c.call, [0, 0])).toEqual({ ok: true, data: "saved" });
    expect(c.count()).toBe(3);
  });

  it("shows a refusal at once", async () => {
    const c = calls([{ ok: false, error: "考试时间已到" }]);
    expect(await withRetry(c.call, [0, 0])).toEqual({ ok: false, error: "考试时间已到" });
    expect(c.count()).toBe(1);
  });

  it("gives up after three tries with what the last one said", async () => {
    const db = calls([busy]);
    expect(await withRetry(db.call, [0, 0])).toEqual(busy);
    expect(db.count()).toBe(3);
    const net = calls(["throw"]);
    expect(await withRetry(net.call, [0, 0])).toEqual({ ok: false, error: "网络连接失败，未能保存，请检查网络后重试" });
    expect(net.count()).toBe(3);
  });
});
