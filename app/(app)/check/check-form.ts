/**
 * The checker's input as the /check form sends it. A form has no "absent": an empty send-time,
 * kind or channel (发到哪里: 不指定) field means "not given", so those are dropped before ZCheckInput (which rejects "" for
 * both). The text itself is never trimmed or changed, so finding offsets match what was typed.
 */
import { z } from "zod";
import { ZCheckInput } from "@/lib/checker";

const OPTIONAL_FIELDS = ["sendAt", "kind", "channel"] as const;

export const ZCheckForm = z.preprocess((value) => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const k of OPTIONAL_FIELDS) if (out[k] === "" || out[k] === null) delete out[k];
  return out;
}, ZCheckInput);
