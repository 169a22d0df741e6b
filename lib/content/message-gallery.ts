/**
 * The example gallery of the message checker (/check): official messages taken from the lessons'
 * own do/don't examples, so a learner can load a lesson's good or bad message into the checker.
 *
 * Which lessons: those teaching how to write and send an official message — the five basic
 * requirements (R1–R5), the three usage rules (U1–U3) and G4 (no "在吗" openings). Lessons on
 * conduct (red packets, rumours …) show chats between people, not official messages.
 *
 * Which message of an example: the opening message of its chat — the first sender's leading run
 * of text messages (the fragments of a message sent in pieces are joined with line breaks),
 * skipping system lines before it. A system line "HH:MM" right before the run is its send time.
 * An example that opens with a link, image, voice or red packet has no message to check.
 *
 * Drafting questions' sample answers are never used here: they are answer keys (see
 * lib/assessment/public-view.ts).
 */
import { z } from "zod";
import type { Db } from "../db/client";
import { type TChatMessage, type TExample, ZExample } from "./schema";

/** The rules of writing and sending an official message. */
export const GALLERY_RULES = ["R1", "R2", "R3", "R4", "R5", "U1", "U2", "U3", "G4"] as const;

/** Shorter than this (visible characters) is a chat reply, not an official message. */
const MIN_CHARS = 6;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface GalleryItem {
  /** `<lesson id>-<example number>`, stable as long as the lesson's examples keep their order. */
  id: string;
  lessonId: string;
  lessonTitle: string;
  moduleSlug: string;
  /** The rules the lesson teaches. */
  rules: string[];
  /** The lesson's judgement: a good ("do") or a bad ("dont") example. */
  verdict: TExample["verdict"];
  setting: "group" | "private";
  chatTitle: string;
  /** Who sends the message in the lesson's chat. */
  from: string;
  /** The message to check. */
  text: string;
  /** "HH:MM" when the chat shows when it was sent. */
  sendAt?: string;
  /** The lesson's explanation of why the example is right or wrong. */
  note: string;
  /** The whole example chat, for showing it as WeChat. */
  messages: TChatMessage[];
}

export interface GalleryLesson {
  id: string;
  title: string;
  moduleSlug: string;
  rules: string[];
  examples: TExample[];
}

/** The official message an example opens with, or null when it has none. */
export function openingMessage(example: TExample): { from: string; text: string; sendAt?: string } | null {
  const msgs = example.messages;
  let i = 0;
  let sendAt: string | undefined;
  for (; i < msgs.length && msgs[i]!.kind === "system"; i++) {
    const t = msgs[i]!.text.trim();
    sendAt = CLOCK.test(t) ? t : undefined;
  }
  const first = msgs[i];
  if (!first || first.kind !== "text") return null;
  const parts: string[] = [];
  for (; i < msgs.length && msgs[i]!.from === first.from && msgs[i]!.kind === "text"; i++) parts.push(msgs[i]!.text.trim());
  const text = parts.filter(Boolean).join("\n");
  if (text.replace(/\s/g, "").length < MIN_CHARS) return null;
  return { from: first.from, text, ...(sendAt ? { sendAt } : {}) };
}

/** The gallery from lessons in course order: one item per example that opens with an official message. */
export function extractGallery(lessons: readonly GalleryLesson[]): GalleryItem[] {
  const out: GalleryItem[] = [];
  const seen = new Set<string>();
  for (const l of lessons) {
    if (!l.rules.some((r) => (GALLERY_RULES as readonly string[]).includes(r))) continue;
    l.examples.forEach((e, i) => {
      if (e.setting !== "group" && e.setting !== "private") return;
      const m = openingMessage(e);
      if (!m) return;
      // The same message shown twice (before and after, with different replies) is one item.
      const key = `${e.verdict}\u0000${m.sendAt ?? ""}\u0000${m.text}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        id: `${l.id}-${i + 1}`,
        lessonId: l.id,
        lessonTitle: l.title,
        moduleSlug: l.moduleSlug,
        rules: l.rules,
        verdict: e.verdict,
        setting: e.setting,
        chatTitle: e.title,
        from: m.from,
        text: m.text,
        ...(m.sendAt ? { sendAt: m.sendAt } : {}),
        note: e.note,
        messages: e.messages,
      });
    });
  }
  return out;
}

const ZBodyExamples = z.object({ examples: z.array(z.unknown()) });

/** The gallery from the published lessons in the database, in course order. */
export async function listMessageGallery(d: Db): Promise<GalleryItem[]> {
  const rows = await d.prisma.lesson.findMany({
    where: { archivedAt: null, module: { archivedAt: null }, rules: { hasSome: [...GALLERY_RULES] } },
    orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
    select: { id: true, title: true, moduleSlug: true, rules: true, body: true },
  });
  return extractGallery(
    rows.map((r) => {
      // Bodies were validated by ZLesson at sync; an example that no longer parses is skipped, not shown broken.
      const body = ZBodyExamples.safeParse(r.body);
      const examples = body.success
        ? body.data.examples.flatMap((e) => {
            const p = ZExample.safeParse(e);
            return p.success ? [p.data] : [];
          })
        : [];
      return { id: r.id, title: r.title, moduleSlug: r.moduleSlug, rules: r.rules, examples };
    }),
  );
}
