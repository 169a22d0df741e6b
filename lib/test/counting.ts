import type { Db } from "../db/client";

/**
 * The same database, counting every statement sent (raw SQL and Prisma calls alike). A transaction
 * counts its BEGIN and COMMIT and every statement inside it, as the benchmark's counter at the pg
 * client does (bench/run.ts), so a path that syncs aggregates in a transaction is not one statement.
 */
export function counting(d: Db): { d: Db; n: () => number } {
  let n = 0;
  const wrap = <F extends (...a: never[]) => unknown>(f: F, self: unknown) => ((...a: Parameters<F>) => (n++, f.apply(self, a))) as F;
  const count = <P extends object>(p: P): P =>
    new Proxy(p, {
      get(target, prop, recv) {
        const v = Reflect.get(target, prop, recv) as unknown;
        if (prop === "$transaction" && typeof v === "function") {
          // BEGIN and COMMIT; a batch's statements were counted when they were built through this proxy.
          return (arg: unknown, ...rest: unknown[]) => {
            n += 2;
            return (v as (...a: unknown[]) => unknown).call(
              target,
              typeof arg === "function" ? (tx: object) => (arg as (t: object) => unknown)(count(tx)) : arg,
              ...rest,
            );
          };
        }
        if (typeof v === "function") return wrap(v as (...a: never[]) => unknown, target);
        if (v && typeof v === "object" && typeof prop === "string" && !prop.startsWith("$") && !prop.startsWith("_")) {
          return new Proxy(v, {
            get: (t, p) => (typeof Reflect.get(t, p) === "function" ? wrap(Reflect.get(t, p) as (...a: never[]) => unknown, t) : Reflect.get(t, p)),
          });
        }
        return v;
      },
    });
  const prisma = count(d.prisma);
  const conn = (c: Pick<Db["raw"], "query" | "exec">) => ({ query: wrap(c.query, c), exec: wrap(c.exec, c) });
  const raw: Db["raw"] = { ...conn(d.raw), session: (fn) => d.raw.session((c) => fn(conn(c))) };
  return { d: { ...d, prisma, raw }, n: () => n };
}
