import type { ReactNode } from "react";

/**
 * A table (or drawing) wider than a 360 px phone scrolls sideways inside its box. The box is a
 * named region in the tab order, so a keyboard user can scroll it with the arrow keys and a screen
 * reader says what it holds (axe: scrollable-region-focusable, which failed on /admin/jobs once its
 * table held rows). Every sideways-scrolling box of the app is one of these (scroll-region.test.ts).
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable to be scrolled by keyboard
    <div tabIndex={0} role="region" aria-label={`${label}（可左右滚动）`} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
