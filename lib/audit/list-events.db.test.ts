import { expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { recordAudit } from "./record";
import { AUDIT_PAGE_SIZE, ZAuditFilter, entityNames, listAuditEvents, summariseScoreReads } from "./list-events";

test("the log filters by actor, action (or group), entity and day, newest first, page by page", async () => {
  const d = db();
  const t = await makeTree(d);
  const alice = await makeMember(d, t.committee, "ADMIN");
  const bob = await makeMember(d, t.committee, "ADMIN");
  await recordAudit(d, { actorId: alice.id, action: "org_unit.rename", entity: "org_unit", entityId: "7", before: { name: "旧" }, after: { name: "新" } });
  await recordAudit(d, { actorId: bob.id, action: "member.move", entity: "member", entityId: String(alice.id) });
  await recordAudit(d, { actorId: bob.id, action: "member.role.change", entity: "member", entityId: "99" });
  await d.raw.query(
    `INSERT INTO audit_event (at, actor_id, action) VALUES ('2026-01-10 15:59:00', $1, 'auth.sign_in'), ('2026-01-10 16:01:00', $1, 'auth.sign_in')`,
    [alice.id],
  );

  const q = (raw: Record<string, string>) => listAuditEvents(d, ZAuditFilter.parse(raw));
  expect((await q({ actor: alice.username })).rows.map((r) => r.action)).toEqual(["auth.sign_in", "auth.sign_in", "org_unit.rename"]);
  expect((await q({ actor: "没有这个人" })).rows).toEqual([]);
  expect((await q({ action: "member.*" })).rows.map((r) => r.action)).toEqual(["member.role.change", "member.move"]);
  expect((await q({ action: "member.move" })).rows[0]).toMatchObject({ actor: { id: bob.id, username: bob.username }, entity: "member" });
  expect((await q({ entity: "org_unit", entityId: "7" })).rows[0]).toMatchObject({ before: { name: "旧" }, after: { name: "新" } });
  // Days are China's: 2026-01-10 16:01 UTC is already 01-11 in Beijing.
  expect((await q({ from: "2026-01-10", to: "2026-01-10" })).rows).toHaveLength(1);
  expect((await q({ from: "2026-01-11", to: "2026-01-11" })).rows).toHaveLength(1);
  // Malformed filters are ignored, not errors.
  expect(ZAuditFilter.parse({ from: "yesterday", action: "'; DROP", before: "-1" })).toEqual({});

  for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await recordAudit(d, { actorId: alice.id, action: "member.update", entity: "member", entityId: String(i) });
  const p1 = await q({ action: "member.update" });
  expect(p1.rows).toHaveLength(AUDIT_PAGE_SIZE);
  expect(p1.rows[0].entityId).toBe(String(AUDIT_PAGE_SIZE + 4));
  const p2 = await q({ action: "member.update", before: p1.nextBefore! });
  expect(p2.rows.map((r) => r.entityId)).toEqual(["4", "3", "2", "1", "0"]);
  expect(p2.nextBefore).toBeNull();
});

test("score reads are left out of the log unless asked for, and summarised per viewer per China day", async () => {
  const d = db();
  const t = await makeTree(d);
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const other = await makeMember(d, t.branchB, "SECRETARY");
  const m1 = await makeMember(d, t.branchA);
  const m2 = await makeMember(d, t.branchA);
  const read = (actor: number, at: string, entity: "member" | "org_unit", after: object) =>
    d.raw.query(`INSERT INTO audit_event (at, actor_id, action, entity, entity_id, after) VALUES ($1, $2, 'scores.read', $3, $4, $5::jsonb)`, [
      at,
      actor,
      entity,
      entity === "member" ? String(m1.id) : String(t.branchA.id),
      JSON.stringify(after),
    ]);
  // sec on 2026-03-01 (China): a list page showing m1 and m2, twice, and m1's detail; 16:30 UTC is already 03-02.
  await read(sec.id, "2026-03-01 01:00:00", "org_unit", { view: "member-list", members: [m1.id, m2.id] });
  await read(sec.id, "2026-03-01 02:00:00", "org_unit", { view: "member-list", members: [m1.id, m2.id] });
  await read(sec.id, "2026-03-01 03:00:00", "member", { view: "member-detail" });
  await read(sec.id, "2026-03-01 16:30:00", "member", { view: "member-detail" });
  await read(other.id, "2026-03-01 05:00:00", "org_unit", { view: "export:members", members: [m2.id] });
  await recordAudit(d, { actorId: sec.id, action: "member.update", entity: "member", entityId: String(m1.id) });

  const f = (raw: Record<string, string>) => ZAuditFilter.parse(raw);
  const log = await listAuditEvents(d, f({ actor: sec.username }));
  expect(log.rows.map((r) => r.action)).toEqual(["member.update"]); // not the four reads
  expect((await listAuditEvents(d, f({ action: "scores.read", from: "2026-03-01", to: "2026-03-01" }))).rows).toHaveLength(4);

  const sum = await summariseScoreReads(d, f({ from: "2026-03-01", to: "2026-03-02" }));
  expect(sum.rows.map((r) => [r.day, r.actor?.id, r.reads, r.members])).toEqual([
    ["2026-03-02", sec.id, 1, 1],
    ["2026-03-01", sec.id, 3, 2],
    ["2026-03-01", other.id, 1, 1],
  ]);
  expect(sum.rows[1].actor).toMatchObject({ name: sec.name, username: sec.username });
  // The actor filter applies; with no start day the summary covers the last week only.
  expect((await summariseScoreReads(d, f({ actor: other.username, from: "2026-03-01" }))).rows).toHaveLength(1);
  const recent = await summariseScoreReads(d, f({}), new Date("2026-03-10T00:00:00Z"));
  expect(recent.from).toBe("2026-03-04");
  expect(recent.rows).toEqual([]);
});

test("entries name their objects in Chinese", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const names = await entityNames(d, [
    { entity: "member", entityId: String(m.id) },
    { entity: "org_unit", entityId: String(t.branchA.id) },
    { entity: "member", entityId: "not-a-number" },
  ]);
  expect(names.get(`member:${m.id}`)).toBe(m.name);
  expect(names.get(`org_unit:${t.branchA.id}`)).toBe("甲支部");
  expect(names.size).toBe(2);
});
