"use client";

import { useEffect, useRef } from "react";

/**
 * A ref that takes keyboard focus once, when an element the user just opened appears (an inline
 * form under a button). Unlike `autoFocus` it never fires on page load, only where it is placed.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
