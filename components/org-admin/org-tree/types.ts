/** The organisation tree's shapes, shared by its parts. */
import type { ActionResult } from "@/lib/auth/guard";

export interface TreeUnit {
  id: number;
  code: string;
  name: string;
  kind: "COMMITTEE" | "GENERAL_BRANCH" | "BRANCH";
  kindLabel: string;
  parentId: number | null;
  path: number[];
  depth: number;
  archived: boolean;
  label: string;
  /** Active members in the unit and below it. */
  members: number;
}

export type Action<T = unknown> = (input: unknown) => Promise<ActionResult<T>>;

export interface OrgTreeActions {
  create: Action<number>;
  rename: Action;
  move: Action<number>;
  archive: Action;
  restore: Action;
}

export type Mode = "menu" | "create" | "rename" | "move" | "archive";

/** After a write succeeded: announce it, close the panel, open the unit it went under, reload. */
export type Done = (ok: string, expand?: number) => void;
