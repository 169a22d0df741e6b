"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/forms/use-hydrated";

/**
 * The submit button of a form whose submit is a JavaScript handler (`onSubmit` + `preventDefault`).
 * Until React has hydrated, such a form would submit natively: a GET to the page with every field
 * in the address (a password, a draft for the checker, a group bot's key), into the browser's
 * history and the access logs. So the button stays disabled till then, and with the form's only
 * submit button disabled, Enter in a field submits nothing either. Forms meant to work without
 * JavaScript are bound to a server action (`action={…}`) or say `method="get"`, and use `Button`.
 */
export function SubmitButton({ disabled, ...props }: Omit<ComponentProps<typeof Button>, "type">) {
  const ready = useHydrated();
  return <Button {...props} type="submit" disabled={!ready || disabled} />;
}
