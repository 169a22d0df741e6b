/** Types the quiz components share: the item (lib/assessment/play-item.ts) and the server actions they call. */
import type { SaveResult } from "@/lib/assessment/attempts";
import type { LessonLink } from "@/lib/assessment/records";
import type { ActionResult } from "@/lib/auth/guard";

export type { PlayItem, Verdict } from "@/lib/assessment/play-item";
export { toPlayItem } from "@/lib/assessment/play-item";

export type LessonsByRule = Record<string, LessonLink[]>;

export type SaveAction = (input: unknown) => Promise<ActionResult<SaveResult>>;
export type SubmitAction = (input: unknown) => Promise<ActionResult<{ status: string }>>;
export type FormAction = (input: unknown) => Promise<ActionResult<unknown>>;
