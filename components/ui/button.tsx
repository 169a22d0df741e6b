import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";

/** The button's look: `.btn` and `.btn-<variant>` in app/globals.css; `extra` utilities win over them. */
export function buttonClass(variant: Variant = "primary", extra = "") {
  return extra ? `btn btn-${variant} ${extra}` : `btn btn-${variant}`;
}

/** `variant="none"`: the caller's `className` is the whole look (a question number, a choice in a chat). */
export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant | "none" }) {
  return <button {...props} className={variant === "none" ? className : buttonClass(variant, className)} />;
}
