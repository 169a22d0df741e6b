"use server";

import { guardedAction } from "@/lib/auth/guard";
import { ZChangePassword, changeOwnPassword } from "@/lib/account/change-password";
import { db } from "@/lib/db/client";

export const changePasswordAction = guardedAction({ permission: "learn", schema: ZChangePassword, allowPendingPasswordChange: true }, async (input, viewer) =>
  changeOwnPassword(db(), viewer.id, input),
);
