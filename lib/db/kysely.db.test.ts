import { sql } from "kysely";
import { expect, test } from "vitest";
import { counting } from "../test/counting";
import { makeTree } from "../test/factories";
import { db } from "./client";
import { kysely, runPrepared } from "./kysely";
import { withTx } from "./tx";

test("kysely(d) reads through d.raw, so wrappers such as the statement counter see it", async () => {
  const d = db();
  const t = await makeTree(d);
  expect(kysely(d)).toBe(kysely(d));
  const c = counting(d);
  const rows = await kysely(c.d).selectFrom("org_unit").select(["id", "name"]).where("id", "=", t.branchA.id).execute();
  expect(rows).toEqual([{ id: t.branchA.id, name: t.branchA.name }]);
  expect(c.n()).toBe(1);
  const [p] = await runPrepared(d, "kysely_test_path", sql<{ path: number[] }>`SELECT path FROM org_unit WHERE id = ${t.branchA.id}`);
  expect(p.path).toEqual(t.branchA.path);
});

test("t.k runs on the transaction: builder writes count their rows, a rollback undoes them", async () => {
  const d = db();
  const t = await makeTree(d);
  const n = await withTx(d, async (tx) => {
    const r = await tx.k.updateTable("org_unit").set({ name: "改名" }).where("id", "=", t.branchB.id).executeTakeFirst();
    const [seen] = await sql<{ name: string }>`SELECT name FROM org_unit WHERE id = ${t.branchB.id}`.execute(tx.k).then((x) => x.rows);
    expect(seen.name).toBe("改名");
    return r.numUpdatedRows;
  });
  expect(n).toBe(1n);
  const touched = await withTx(
    d,
    async (tx) => (await sql`UPDATE org_unit SET name = name WHERE path @> ARRAY[${t.general.id}]::int[]`.execute(tx.k)).numAffectedRows,
  );
  expect(touched).toBe(3n); // the general branch and its two branches
  await expect(
    withTx(d, async (tx) => {
      await sql`UPDATE org_unit SET name = ${"不留"} WHERE id = ${t.branchB.id}`.execute(tx.k);
      throw new Error("rollback");
    }),
  ).rejects.toThrow("rollback");
  expect((await d.prisma.orgUnit.findUniqueOrThrow({ where: { id: t.branchB.id } })).name).toBe("改名");
});
