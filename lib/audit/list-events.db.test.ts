import { expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { recordAudit } from "./record";
import { AUDIT_PAGE_SIZE, ZAuditFilter, listAuditEvents } from "./list-events";

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
