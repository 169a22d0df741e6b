"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated, then true. A button whose work is an
 * onClick handler stays disabled till then: a tap before hydration (a slow phone, a loaded CI
 * machine) would otherwise do nothing at all, or submit its form natively.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
