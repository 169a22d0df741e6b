/**
 * What each role may do. Pages, server actions and route handlers name a permission; the guard
 * (lib/auth/guard.ts) checks it on the server. Unit scope is checked separately and inside queries.
 */
import type { Role } from "../generated/prisma/enums";

export type Permission =
  | "learn" // read lessons, take quizzes, see own record
  | "read:unit" // see members, completion and scores of units in scope
  | "manage:unit" // assign courses, send reminders in scope
  | "admin"; // author content, manage the organisation, see the audit trail

const GRANTS: Record<Role, readonly Permission[]> = {
  CADRE: ["learn"],
  SECRETARY: ["learn", "read:unit", "manage:unit"],
  ADMIN: ["learn", "read:unit", "manage:unit", "admin"],
};

export function can(role: Role, p: Permission): boolean {
  return GRANTS[role].includes(p);
}

/** Whether every role holds `p`: then an active member's session alone is enough (lib/auth/caller.ts). */
export function heldByEveryRole(p: Permission): boolean {
  return Object.values(GRANTS).every((g) => g.includes(p));
}

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "SECRETARY" ? "/branch" : "/learn";
}
