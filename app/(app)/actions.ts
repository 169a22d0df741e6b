"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { SESSION_COOKIES, sessionIdFromToken } from "@/lib/auth/session-cookie";
import { revokeSession } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";

/** Sign-out as a plain form action: works before (or without) JavaScript, on every node. */
export const signOutAction = guardedAction({ permission: "learn", schema: z.unknown(), allowPendingPasswordChange: true }, async () => {
  const jar = await cookies();
  const sid = await sessionIdFromToken(SESSION_COOKIES.map((n) => jar.get(n)?.value).find(Boolean) ?? null);
  if (sid) await revokeSession(db(), sid);
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/login");
});
