/**
 * Who performs an organisation write. The server actions and routes check the "admin"
 * permission; the use-cases check it again, so a future caller that forgets cannot bypass it.
 */
import { NotFoundError } from "../errors";
import { can } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";

export type Actor = Pick<Viewer, "id" | "role">;

export function assertAdmin(actor: Actor): void {
  if (!can(actor.role, "admin")) throw new NotFoundError();
}
