/**
 * The rules through the integration API: listRules, and checkMessage (a message checked against
 * them, with findings at UTF-16 offsets).
 */
import { beforeAll, expect, test } from "vitest";
import * as checkRoute from "@/app/api/v1/check-message/route";
import * as rulesRoute from "@/app/api/v1/rules/route";
import { apiWorld, call, type Call, type ApiWorld } from "../test/api";
import * as S from "./schemas";

let content: ApiWorld["content"];
let tokenA: string;

beforeAll(async () => {
  ({ content, tokenA } = await apiWorld());
});

test("listRules: every rule in force", async () => {
  const r = await call(rulesRoute.GET, "GET", "/rules", { token: tokenA });
  expect(r.status).toBe(200);
  const body = S.ZRuleList.parse(r.json);
  expect(body.rules.map((x) => x.code).sort()).toEqual(content.rules.map((x) => x.code).sort());
});

test("checkMessage: verdict and findings with UTF-16 offsets; 400 in Chinese for bad input", async () => {
  const text = "王科长：😀这份机密文件请您审阅后转发给相关同志。办公室 王明";
  const r = await call(checkRoute.POST, "POST", "/check-message", { token: tokenA, body: { text, sendAt: "23:30" } });
  expect(r.status).toBe(200);
  const body = S.ZCheckResult.parse(r.json);
  expect(body.verdict).toBe("block");
  // Offsets count UTF-16 code units: the emoji is two of them, and the secret comes after it.
  const at = (code: string) => body.findings.find((f) => f.code === code)!;
  expect(text.slice(at("G6").start, at("G6").end)).toBe("😀");
  // Conduct findings span their sentence and quote the words that triggered them.
  expect([text.slice(at("P5").start, at("P5").end).includes("机密"), at("P5").triggers, at("P5").severity]).toEqual([true, ["机密"], "redline"]);
  expect(at("U1")).toMatchObject({ severity: "must", start: 0, end: 0 });

  const clean = S.ZCheckResult.parse(
    (
      await call(checkRoute.POST, "POST", "/check-message", {
        token: tokenA,
        body: { text: "张科长：您好！明天上午9点在3楼会议室开会，请准时参加。收到请回复。办公室 王明", sendAt: "09:30" },
      })
    ).json,
  );
  expect(clean).toEqual({ verdict: "pass", findings: [] });

  // Off-topic chat is G2 in a work group only (channel: workgroup; group is any other group chat).
  const chat = "兄弟们，今晚欧冠半决赛谁一起看球？";
  const codesIn = async (channel: string) =>
    S.ZCheckResult.parse(
      (await call(checkRoute.POST, "POST", "/check-message", { token: tokenA, body: { text: chat, kind: "chat", channel } })).json,
    ).findings.map((f) => f.code);
  expect(await codesIn("workgroup")).toEqual(["G2"]);
  expect(await codesIn("group")).toEqual([]);

  const bad: [Call, string][] = [
    [{ body: { text: 5 } }, "消息内容必须是文本"],
    [{ body: {} }, "请输入要检查的消息内容"],
    [{ body: { text: "   " } }, "消息内容不能为空"],
    [{ body: { text: "好".repeat(20_001) } }, "消息内容不能超过20000字（含空格和换行）"],
    [{ body: { text: "你好", kind: "memo" } }, "消息类型应为 notice（通知）、request（请示/商请）、report（汇报）、reply（回复）或 chat（聊天）"],
    [{ body: { text: "你好", channel: "work" } }, "发送渠道应为 workgroup（工作群）、group（其他群聊，如亲友群、同学群）、private（私聊）或 moments（朋友圈）"],
    [{ body: { text: "你好", sendAt: "tomorrow" } }, "发送时间格式应为 HH:MM（如 09:30）或 ISO 日期时间（如 2024-05-06T09:30:00+08:00）"],
    [{ body: "你好" }, "检查请求的格式不正确"],
    [{ raw: "text=你好" }, "请求体不是合法的 JSON"],
  ];
  for (const [c, message] of bad) {
    const res = await call(checkRoute.POST, "POST", "/check-message", { token: tokenA, ...c });
    expect([res.status, res.json.error]).toEqual([400, message]);
  }
  // F2: a padded body is refused before it is parsed (the route reads at most 88 kB).
  const padded = await call(checkRoute.POST, "POST", "/check-message", { token: tokenA, body: { text: `${" ".repeat(487_000)}你好${" ".repeat(487_000)}` } });
  expect([padded.status, padded.json.error]).toEqual([413, "请求体过大：不能超过 86 KB"]);
});
