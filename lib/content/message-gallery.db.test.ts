import { beforeAll, describe, expect, test } from "vitest";
import { checkMessage } from "../checker";
import { db } from "../db/client";
import { loadContent } from "./load";
import { extractGallery, GALLERY_RULES, listMessageGallery, openingMessage } from "./message-gallery";
import type { TExample } from "./schema";
import { syncContent } from "./sync";

const content = loadContent();
beforeAll(async () => {
  await syncContent(db(), content);
});

const example = (messages: TExample["messages"], over: Partial<TExample> = {}): TExample => ({
  verdict: "dont",
  setting: "group",
  title: "「测试群」",
  note: "说明",
  messages,
  ...over,
});
const msg = (from: string, text: string, kind: TExample["messages"][number]["kind"] = "text") => ({ from, text, kind });

describe("openingMessage", () => {
  test("joins a message sent in pieces and stops at the first reply", () => {
    const e = example([msg("我", "各位"), msg("我", "明天开会"), msg("我", "在三楼"), msg("小王", "收到"), msg("我", "九点")]);
    expect(openingMessage(e)).toEqual({ from: "我", text: "各位\n明天开会\n在三楼" });
  });

  test("takes the send time from a clock line right before the message, and only from it", () => {
    expect(openingMessage(example([msg("系统", "23:18", "system"), msg("王科长", "@所有人 明天的材料早上8点前发我。")]))?.sendAt).toBe("23:18");
    expect(openingMessage(example([msg("系统", "次日 09:20", "system"), msg("王科长", "@所有人 明天的材料早上8点前发我。")]))).not.toHaveProperty("sendAt");
    expect(openingMessage(example([msg("系统", "23:18", "system"), msg("系统", "昨天", "system"), msg("王科长", "@所有人 明天的材料发我。")]))).not.toHaveProperty("sendAt");
  });

  test("has no official message when the chat opens with a link or is only a short reply", () => {
    expect(openingMessage(example([msg("老孙", "楼盘广告", "link"), msg("老孙", "有需要的联系我～大家多支持")]))).toBeNull();
    expect(openingMessage(example([msg("我", "好的")]))).toBeNull();
  });
});

describe("extractGallery", () => {
  const lesson = (id: string, rules: string[], examples: TExample[]) => ({ id, title: id, moduleSlug: "m", rules, examples });

  test("keeps only lessons on writing and sending official messages, group and private chats", () => {
    const good = example([msg("我", "各位同事：明天上午九点开会。特此通知。办公室")], { verdict: "do" });
    const items = extractGallery([
      lesson("r1", ["R1"], [good, { ...good, setting: "moments" }]),
      lesson("p7", ["P7"], [good]),
    ]);
    expect(items.map((i) => i.id)).toEqual(["r1-1"]);
  });

  test("the same message shown twice with different replies is one item", () => {
    const a = example([msg("小刘", "@所有人 明天上午9点开全局大会。"), msg("小赵", "收到")]);
    const b = example([msg("小刘", "@所有人 明天上午9点开全局大会。"), msg("小钱", "好的")]);
    expect(extractGallery([lesson("g4", ["G4"], [a, b])]).map((i) => i.id)).toEqual(["g4-1"]);
  });
});

describe("listMessageGallery on the course", () => {
  test("draws good and bad messages from the official-message and usage-rule lessons, in course order", async () => {
    const items = await listMessageGallery(db());
    const lessons = [...new Set(items.map((i) => i.lessonId))];
    expect(lessons).toEqual(
      content.lessons.filter((l) => l.rules.some((r) => (GALLERY_RULES as readonly string[]).includes(r))).map((l) => l.id),
    );
    expect(new Set(items.map((i) => i.moduleSlug))).toEqual(new Set(["usage-guide", "official-messages", "usage-rules"]));
    expect(items.some((i) => i.verdict === "do")).toBe(true);
    expect(items.some((i) => i.verdict === "dont")).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);

    const fragments = items.find((i) => i.id === "r3-concise-1");
    expect(fragments?.text).toBe("各位\n明天开会\n在三楼\n哦不对是四楼\n九点，带上季度的表");
    const late = items.find((i) => i.id === "u1-timing-1");
    expect(late?.sendAt).toBe("23:18");
    expect(checkMessage({ text: late!.text, sendAt: late!.sendAt }).findings.map((f) => f.code)).toContain("U1");
    // The chat that opens with an advertising link has no official message to check.
    expect(items.some((i) => i.id === "u3-three-bans-1")).toBe(false);
  });

  test("every bad example gets at least one finding, and the model messages of R2–R5 and U2 pass", async () => {
    const items = await listMessageGallery(db());
    for (const i of items.filter((x) => x.verdict === "dont")) {
      expect(checkMessage({ text: i.text, sendAt: i.sendAt }).findings.length, i.id).toBeGreaterThan(0);
    }
    for (const id of ["r2-topic-first-2", "r3-concise-2", "r4-closing-2", "r5-signature-2", "u2-delivery-confirm-2"]) {
      const i = items.find((x) => x.id === id)!;
      expect(checkMessage({ text: i.text, sendAt: i.sendAt }), id).toEqual({ verdict: "pass", findings: [] });
    }
  });

  test("archived lessons leave the gallery", async () => {
    const d = db();
    await d.prisma.lesson.update({ where: { id: "r4-closing" }, data: { archivedAt: new Date() } });
    try {
      expect((await listMessageGallery(d)).some((i) => i.lessonId === "r4-closing")).toBe(false);
    } finally {
      await d.prisma.lesson.update({ where: { id: "r4-closing" }, data: { archivedAt: null } });
    }
  });
});
