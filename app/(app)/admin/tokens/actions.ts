"use server";

import { revalidatePath } from "next/cache";
import { ZIssueToken, ZRevokeToken, issueToken, revokeToken } from "@/lib/api/tokens";
import { guardedAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

// The plaintext goes back to the admin's browser this once; only its hash is stored.
export const issueTokenAction = guardedAction({ permission: "admin", schema: ZIssueToken }, async (input, viewer) => {
  const issued = await issueToken(db(), viewer, input);
  revalidatePath("/admin/tokens");
  return issued;
});

export const revokeTokenAction = guardedAction({ permission: "admin", schema: ZRevokeToken }, async ({ id }, viewer) => {
  const result = await revokeToken(db(), viewer, id);
  revalidatePath("/admin/tokens");
  return result;
});
