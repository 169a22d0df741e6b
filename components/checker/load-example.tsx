"use client";

import { buttonClass } from "@/components/ui/button";
import type { MessageKind } from "@/lib/checker/types";

/** Window event the gallery's 「试一试」 sends to the editor on the same page. */
export const LOAD_EXAMPLE_EVENT = "weguide:check-example";

export interface LoadExampleDetail {
  text: string;
  sendAt?: string;
  kind?: MessageKind;
  /** Announced after loading, e.g. "称谓恰当礼貌 · 错误示范". */
  label: string;
}

/**
 * 「试一试」: loads an example into the editor without leaving the page. Without JavaScript it is
 * a plain link that reloads the page with the example in the editor (`?try=<id>`).
 */
export function TryExample({ href, example, children }: { href: string; example: LoadExampleDetail; children: React.ReactNode }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        window.dispatchEvent(new CustomEvent<LoadExampleDetail>(LOAD_EXAMPLE_EVENT, { detail: example }));
      }}
      className={buttonClass("primary")}
    >
      {children}
    </a>
  );
}
