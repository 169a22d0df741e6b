"use client";

import { useEffect, useRef, type RefObject } from "react";

export const LEAVE_WARNING = "考试仍在计时，离开后计时不会暂停。确定要离开考试页面吗？";

/**
 * Focus mode for a timed exam: the app's navigation steps aside (body[data-focus-mode], see
 * globals.css), and leaving asks first — closing or reloading the tab (beforeunload) and any link
 * or form outside the player (an in-app guard, since client-side navigation fires no beforeunload).
 * Off once the paper is being handed in.
 */
export function useExamFocus(active: boolean, root: RefObject<HTMLElement | null>) {
  const leaving = useRef(false);
  useEffect(() => {
    if (!active) return;
    document.body.dataset.focusMode = "exam";
    const outside = (t: EventTarget | null) => t instanceof Node && !root.current?.contains(t);
    const ask = (e: Event) => {
      if (leaving.current) return;
      if (window.confirm(LEAVE_WARNING)) {
        leaving.current = true;
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: MouseEvent) => {
      const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!a || !outside(a) || a.getAttribute("href")?.startsWith("#")) return;
      ask(e);
    };
    const onSubmit = (e: SubmitEvent) => {
      if (outside(e.target)) ask(e);
    };
    const onUnload = (e: BeforeUnloadEvent) => {
      if (leaving.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    window.addEventListener("beforeunload", onUnload);
    return () => {
      delete document.body.dataset.focusMode;
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("beforeunload", onUnload);
    };
  }, [active, root]);
}
