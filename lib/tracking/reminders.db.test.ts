import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { createAssignment } from "./assignments";
import { markNotificationsRead, myNotifications } from "./my";
import { REMINDERS_FOR_TALK } from "./reminder-policy";
import { ZWebhookUrl, maskWebhook, remindLaggards, setUnitWebhook, webhookOf, webhookPayload } from "./reminders";
import type { WebhookTransport } from "./webhook-send";
import { memberStates } from "./state";
import { inDays, learnLessons, setupCourse } from "../test/tracking";
import { chinaDay } from "./time";

/** A stand-in group bot on 127.0.0.1: records every POST, answers as WeCom does (or fails on demand). */
const received: { path: string; contentType: string | undefined; body: unknown }[] = [];
let mode: "ok" | "http500" | "errcode" = "ok";
const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    received.push({ path: req.url ?? "", contentType: req.headers["content-type"], body: JSON.parse(raw) });
    if (mode === "http500") {
      res.writeHead(500).end("oops");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(mode === "errcode" ? { errcode: 93000, errmsg: "invalid webhook url" } : { errcode: 0, errmsg: "ok" }));
  });
});
let local = "";
/** Units point at WeCom's real host; the test transport delivers to the stand-in bot instead. */
const base = "https://qyapi.weixin.qq.com";
const bot: WebhookTransport = async (url, body, signal) => {
  const target = url.pathname === "/nothing-listens-here" ? "http://127.0.0.1:9" : local;
  const res = await fetch(`${target}${url.pathname}${url.search}`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body,
    signal,
  });
  return { status: res.status, text: await res.text() };
};
const remind = (...[d, v, input, opts]: Parameters<typeof remindLaggards>) => remindLaggards(d, v, input, { transport: bot, ...opts });

beforeAll(async () => {
  await setupCourse(db());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const DAY = 86_400_000;

async function branch() {
  const d = db();
  const t = await makeTree(d);
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const secViewer = { id: sec.id, role: "SECRETARY" as const, unitId: t.branchA.id };
  const idle = await makeMember(d, t.branchA);
  const busy = await makeMember(d, t.branchA);
  const done = await makeMember(d, t.branchA);
  const a = await createAssignment(d, secViewer, { unitId: t.branchA.id, title: "专题学习", course: true, exam: false, startsOn: inDays(0), dueOn: inDays(5) });
  await learnLessons(d, busy.id, 2);
  await learnLessons(d, done.id);
  return { d, t, sec, secViewer, idle, busy, done, a };
}

test("one click reminds the not-started (and the secretary herself if she has not started), once a day, in-app", async () => {
  const { d, t, secViewer, idle, busy, done, a, sec } = await branch();
  const r1 = await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id });
  expect(r1).toEqual({ notified: 2, alreadyToday: 0, webhooks: [] }); // idle + the secretary; busy and done are not due
  const note = (await myNotifications(d, idle.id)).find((n) => n.kind === "reminder");
  expect(note).toMatchObject({ title: "学习提醒：专题学习", link: "/learn" });
  expect(note!.body).toContain("还没有开始学习");
  expect((await myNotifications(d, busy.id)).some((n) => n.kind === "reminder")).toBe(false);
  expect((await myNotifications(d, done.id)).some((n) => n.kind === "reminder")).toBe(false);

  // Same day again: nothing new is sent.
  const r2 = await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id });
  expect(r2).toEqual({ notified: 0, alreadyToday: 2, webhooks: [] });
  expect((await myNotifications(d, idle.id)).filter((n) => n.kind === "reminder")).toHaveLength(1);
  expect(await d.prisma.reminder.count({ where: { assignmentId: a.id } })).toBe(2);
  // Logged with who sent it.
  expect(await d.prisma.reminder.findFirst({ where: { memberId: idle.id } })).toMatchObject({ channel: "inapp", sentById: sec.id, unitId: t.branchA.id });
});

test(`reminded on ${REMINDERS_FOR_TALK} different days and still not done: flagged for a talk (提醒 → 谈话)`, async () => {
  const { d, t, secViewer, idle, a } = await branch();
  const talk = async () => (await memberStates(d, a.id, { unitId: t.branchA.id, memberId: idle.id })).rows[0];
  for (let day = 0; day < REMINDERS_FOR_TALK; day++) {
    expect((await talk()).talk).toBe(false);
    await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id }, { now: new Date(Date.now() + day * DAY) });
  }
  expect(await talk()).toMatchObject({ reminders: REMINDERS_FOR_TALK, talk: true });
  const flagged = await memberStates(d, a.id, { unitId: t.branchA.id, talk: "1" });
  expect(flagged.rows.map((r) => r.id)).toContain(idle.id);
  // Finishing clears the flag.
  await learnLessons(d, idle.id);
  expect(await talk()).toMatchObject({ state: "completed", talk: false });
});

test("the group bot gets one WeCom text message naming who is due, once a day; a failure is reported and can be retried", async () => {
  const { d, t, secViewer, idle, a, sec } = await branch();
  received.length = 0;
  mode = "ok";
  await setUnitWebhook(d, secViewer, t.branchA.id, `${base}/cgi-bin/webhook/send?key=secret-key`);
  expect(await webhookOf(d, t.branchA)).toEqual({ own: `${base}/cgi-bin/webhook/send?…`, inherited: null });
  const r = await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id });
  expect(r.webhooks).toEqual([{ target: `${base}/cgi-bin/webhook/send?…`, members: 2, ok: true }]);
  expect(received).toHaveLength(1);
  expect(received[0].path).toBe("/cgi-bin/webhook/send?key=secret-key");
  expect(received[0].contentType).toContain("application/json");
  const body = received[0].body as { msgtype: string; text: { content: string } };
  expect(body.msgtype).toBe("text");
  expect(body.text.content).toContain("【学习提醒】甲支部");
  expect(body.text.content).toContain(idle.name);
  expect(body.text.content).toContain(sec.name);
  expect(body.text.content).toContain(chinaDay(a.dueAt));
  expect(Object.keys(body)).toEqual(["msgtype", "text"]);

  await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id });
  expect(received).toHaveLength(1); // not twice in a day

  // Tomorrow the bot fails: reported, not logged, so a retry the same day goes out.
  const tomorrow = new Date(Date.now() + DAY);
  mode = "errcode";
  const failed = await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id }, { now: tomorrow });
  expect(failed.webhooks[0]).toMatchObject({ ok: false, error: "机器人返回错误 93000：invalid webhook url" });
  expect(failed.notified).toBe(2); // in-app went out regardless
  mode = "http500";
  expect((await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id }, { now: tomorrow })).webhooks[0]).toMatchObject({
    ok: false,
    error: "机器人返回 HTTP 500",
  });
  mode = "ok";
  const retried = await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id }, { now: tomorrow });
  expect(retried).toMatchObject({ notified: 0, alreadyToday: 2, webhooks: [{ ok: true, members: 2 }] });
  expect(received).toHaveLength(4);
  expect(await d.prisma.reminder.count({ where: { assignmentId: a.id, channel: "webhook" } })).toBe(4); // 2 members × 2 days
});

test("a webhook set on an ancestor reaches the branches below; an unreachable one fails cleanly", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const adminViewer = { id: admin.id, role: "ADMIN" as const, unitId: t.committee.id };
  await makeMember(d, t.branchA);
  await makeMember(d, t.branchB);
  const a = await createAssignment(d, adminViewer, {
    unitId: t.general.id,
    title: "总支学习",
    course: true,
    exam: true,
    startsOn: inDays(0),
    dueOn: inDays(5),
  });
  received.length = 0;
  await setUnitWebhook(d, adminViewer, t.general.id, `${base}/general`);
  expect((await webhookOf(d, t.branchB)).inherited).toEqual({ unitName: "测试党总支", target: `${base}/general` });
  const r = await remind(d, adminViewer, { unitId: t.general.id, assignmentId: a.id });
  expect(r.webhooks).toEqual([{ target: `${base}/general`, members: 2, ok: true }]);
  expect(received.map((x) => x.path)).toEqual(["/general"]);

  // A bot that does not answer: nothing hangs, the error is in Chinese.
  await setUnitWebhook(d, adminViewer, t.branchB.id, `${base}/nothing-listens-here`);
  const r2 = await remind(d, adminViewer, { unitId: t.general.id, assignmentId: a.id }, { now: new Date(Date.now() + DAY) });
  expect(r2.webhooks.find((w) => w.target.includes("nothing-listens"))).toMatchObject({ ok: false, error: "无法连接机器人地址" });

  // A URL stored before WEBHOOK_HOSTS was narrowed is not called at all.
  await d.raw.query(`UPDATE org_unit SET webhook_url = 'http://10.0.0.5/hook' WHERE id = $1`, [t.branchB.id]);
  const r3 = await remind(d, adminViewer, { unitId: t.general.id, assignmentId: a.id }, { now: new Date(Date.now() + 2 * DAY) });
  expect(r3.webhooks.find((w) => w.target.includes("10.0.0.5"))).toMatchObject({ ok: false, error: "机器人地址不在允许范围内，请重新设置" });
});

test("reminding and setting webhooks are scoped; bad URLs are refused in Chinese; payloads stay short", async () => {
  const { d, t, secViewer, a } = await branch();
  const other = await createAssignment(
    d,
    { id: 0, role: "ADMIN", unitId: t.other.id },
    { unitId: t.other.id, title: "别处", course: true, exam: false, startsOn: inDays(0), dueOn: inDays(3) },
  ).catch(() => null);
  await expect(remind(d, secViewer, { unitId: t.branchB.id, assignmentId: a.id })).rejects.toThrow();
  if (other) await expect(remind(d, secViewer, { unitId: t.branchA.id, assignmentId: other.id })).rejects.toThrow();
  await expect(setUnitWebhook(d, secViewer, t.branchB.id, `${base}/x`)).rejects.toThrow();
  expect((await d.prisma.orgUnit.findUniqueOrThrow({ where: { id: t.branchB.id } })).webhookUrl).toBeNull();
  expect(ZWebhookUrl.safeParse("ftp://x").error?.issues[0].message).toBe("请填写以 https:// 开头的机器人地址");
  expect(ZWebhookUrl.safeParse("").success).toBe(true); // clears
  // SSRF: only the group-bot hosts on WEBHOOK_HOSTS (127.0.0.1 is on it for these tests only).
  for (const inside of ["https://10.0.0.5/x", "https://localhost/", "https://169.254.169.254/latest/meta-data", "https://qyapi.weixin.qq.com.evil.cn/x"]) {
    expect(ZWebhookUrl.safeParse(inside).error?.issues[0].message, inside).toMatch(/^机器人地址只能是企业微信或钉钉的群机器人地址/);
  }
  expect(ZWebhookUrl.safeParse("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k").success).toBe(true);
  expect(maskWebhook("https://oapi.dingtalk.com/robot/send?access_token=abc")).toBe("https://oapi.dingtalk.com/robot/send?…");
  const many = webhookPayload(
    "甲支部",
    "学习",
    "2026-12-31",
    Array.from({ length: 200 }, (_, i) => `成员${i}`),
  );
  expect(Buffer.byteLength(many.text.content)).toBeLessThan(2048);
  expect(many.text.content).toContain("等 200 人");
});

test("notifications are read one by one or all at once, and only by their owner", async () => {
  const { d, t, secViewer, idle, busy, a } = await branch();
  await remind(d, secViewer, { unitId: t.branchA.id, assignmentId: a.id });
  const [note] = (await myNotifications(d, idle.id, { unreadOnly: true })).filter((n) => n.kind === "reminder");
  expect(await markNotificationsRead(d, busy.id, note.id)).toBe(0); // someone else's id: nothing
  expect((await myNotifications(d, idle.id, { unreadOnly: true })).some((n) => n.id === note.id)).toBe(true);
  expect(await markNotificationsRead(d, idle.id, note.id)).toBe(1);
  expect((await myNotifications(d, idle.id, { unreadOnly: true })).some((n) => n.id === note.id)).toBe(false);
  expect(await markNotificationsRead(d, idle.id)).toBeGreaterThan(0); // the rest (the assignment notice)
  expect(await myNotifications(d, idle.id, { unreadOnly: true })).toEqual([]);
  expect((await myNotifications(d, idle.id)).length).toBeGreaterThanOrEqual(2); // still listed, as read
});
