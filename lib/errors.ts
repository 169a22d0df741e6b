/**
 * Domain errors, free of framework imports so that lib/ modules (and scripts such as the
 * benchmark) can use them without pulling in next-auth. The guard maps them to responses.
 */

/** A domain error whose message is safe (and meant) to show the user. → 422 / action error */
export class UserError extends Error {}

/** An id outside the caller's scope, or absent: answered as "not found". → 404 */
export class NotFoundError extends Error {}

/** The credential a statement authenticated (lib/auth/caller.ts) names no live session or token. → 401 */
export class UnauthenticatedError extends Error {}

/** The member a statement authenticated must change his initial password first. → the password page */
export class PasswordChangePendingError extends Error {}
