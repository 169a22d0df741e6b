"use server";

import { guardedAction } from "@/lib/auth/guard";
import { checkMessage } from "@/lib/checker";
import { ZCheckForm } from "./check-form";

/**
 * The authoritative check: the same pure module the browser runs for instant feedback, run on the
 * server on input validated here. Nothing is stored.
 */
export const checkMessageAction = guardedAction({ permission: "learn", schema: ZCheckForm, acceptsAnyText: true }, async (input) => checkMessage(input));
