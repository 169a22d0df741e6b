"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/forms/use-hydrated";

type Props = ComponentProps<typeof Button>;

/**
 * A button whose work is JavaScript: an onClick handler, or the submit of a form whose submit is a
 * JavaScript handler (`onSubmit` + `preventDefault`). Disabled in the server's HTML and until React
 * has hydrated: before then a tap on a slow phone or a loaded CI machine would do nothing at all,
 * and such a form would submit natively, a GET to the page with every field in the address (a
 * password, a draft for the checker, a group bot's key), into the browser's history and the access
 * logs. With the form's only submit button disabled, Enter in a field submits nothing either.
 * Buttons meant to work without JavaScript (a form bound to a server action, `method="get"`) use
 * `Button`. `variant="none"` keeps the element's own look.
 */
export function ClientButton({ disabled, type = "button", ...props }: Props) {
  const ready = useHydrated();
  return <Button {...props} type={type} disabled={!ready || disabled} />;
}

/** The submit button of a form whose submit is a JavaScript handler (see `ClientButton`). */
export function SubmitButton(props: Omit<Props, "type">) {
  return <ClientButton {...props} type="submit" />;
}
