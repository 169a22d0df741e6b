import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLUSTER_READY_LINE, appServerArgs, workerCount } from "./prepare.mjs";

const CLUSTER = path.join(import.meta.dirname, "cluster.mjs");
const SERVER = path.join(import.meta.dirname, "__fixtures__", "pid-server.mjs");
const PG = "postgresql://postgres@127.0.0.1:5432/test";

describe("workerCount", () => {
  it("is 1 unless WEB_CONCURRENCY asks for more, and always 1 on the embedded database", () => {
    expect(workerCount({ DATABASE_URL: PG })).toBe(1);
    expect(workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: "3" })).toBe(3);
    expect(workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: "auto" })).toBeGreaterThanOrEqual(1);
    expect(workerCount({ WEB_CONCURRENCY: "4" })).toBe(1);
    expect(() => workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: "two" })).toThrow(/WEB_CONCURRENCY/);
    expect(() => workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY/);
  });

  it("puts the cluster in front of next start only for more than one worker", () => {
    const one = appServerArgs(3000, { env: { DATABASE_URL: PG }, nodeArgs: [] });
    const two = appServerArgs(3000, { host: "127.0.0.1", env: { DATABASE_URL: PG, WEB_CONCURRENCY: "2" }, nodeArgs: ["--flag"] });
    expect(one.some((a) => a.endsWith("cluster.mjs"))).toBe(false);
    expect(two[0]).toBe("--flag");
    expect(two[1]).toBe(CLUSTER);
    expect(two.slice(-4)).toEqual(["-p", "3000", "-H", "127.0.0.1"]);
  });
});

/** The pid that answers a request on a fresh connection. */
const pidAt = (port: number) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(Number(body)));
      })
      .on("error", reject)
      .setTimeout(2000, function (this: http.ClientRequest) {
        this.destroy(new Error("timeout"));
      });
  });

const procs: ChildProcess[] = [];
afterEach(() => {
  for (const p of procs.splice(0)) if (p.exitCode === null) p.kill("SIGKILL");
});

function startCluster(port: number, env: Record<string, string> = {}) {
  const p = spawn(process.execPath, [CLUSTER, SERVER, "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: PG, WEB_CONCURRENCY: "2", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  procs.push(p);
  let out = "";
  p.stdout!.on("data", (c) => (out += c));
  p.stderr!.on("data", (c) => (out += c));
  const exited = new Promise<number | null>((r) => p.once("exit", (code) => r(code)));
  const until = async (pred: () => boolean | Promise<boolean>, ms = 15_000) => {
    const end = Date.now() + ms;
    while (!(await pred())) {
      if (Date.now() > end) throw new Error(`timed out; output: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { p, exited, until, output: () => out };
}

async function pidsServing(port: number, tries = 40) {
  const seen = new Set<number>();
  for (let i = 0; i < tries; i++) seen.add(await pidAt(port));
  return seen;
}

describe("scripts/cluster.mjs", () => {
  it("serves one port from two workers, replaces a dead one, and stops on SIGTERM", async () => {
    const port = 4600 + (process.pid % 300);
    const c = startCluster(port);
    await c.until(() => c.output().includes(`${CLUSTER_READY_LINE}2`));
    const first = await pidsServing(port);
    expect(first.size).toBe(2);

    const [victim] = first;
    process.kill(victim, "SIGKILL");
    await c.until(async () => {
      const now = await pidsServing(port, 10).catch(() => new Set<number>());
      return now.size === 2 && !now.has(victim);
    });
    expect(c.output()).toContain(`工作进程 ${victim} 已退出`);

    c.p.kill("SIGTERM");
    expect(await c.exited).toBe(0);
    await expect(pidAt(port)).rejects.toThrow();
  }, 30_000);

  it("gives up with an error when workers keep failing at start", async () => {
    const c = startCluster(4600 + ((process.pid + 150) % 300), { FAIL_AT_START: "1" });
    expect(await c.exited).toBe(1);
    expect(c.output()).toContain("工作进程连续启动失败");
  }, 30_000);
});
