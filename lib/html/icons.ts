/**
 * The app's icons as SVG path data (24×24, stroked with currentColor): one source for the React
 * component (components/ui/icons.tsx) and the plain-HTML pages (the lesson reader's shell). Never
 * emoji — they render as empty boxes where no colour-emoji font is installed (some 信创 desktops,
 * older WebViews).
 */
import { esc } from "./escape";

export const PATHS = {
  book: "M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5zM4 19a2 2 0 0 1 2-2h13",
  pencil: "M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4",
  scroll: "M7 3h11v14a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3v-1h11v1a3 3 0 0 0 3 3M7 3a3 3 0 0 0-3 3v1h3M10 8h5M10 12h5",
  check: "M4 12l5 5L20 6",
  chart: "M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-3",
  gear: "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-2.9 1.2V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-2.9-1.2l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0-1.2-2.9H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.2-2.9l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 2.9-1.2V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 2.9 1.2l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0 1.2 2.9h.1a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z",
  bell: "M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.9 1.9 0 0 0 3.4 0",
  clock: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2",
  home: "M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10",
  user: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0",
  mistakes: "M5 4h11l3 3v13H5zM9 10l6 6M15 10l-6 6",
  award: "M12 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12zM8.2 13.9 7 22l5-3 5 3-1.2-8.1",
  volume: "M11 5 6 9H3v6h3l5 4V5zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13",
  redPacket: "M5 3h14v18H5zM5 8c3 2.5 11 2.5 14 0M12 11v2",
  arrow: "M5 12h14M13 6l6 6-6 6",
  alert: "M12 3 2 21h20L12 3zM12 10v5M12 18h.01",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  printer: "M6 9V3h12v6M6 18H4v-7h16v7h-2M8 14h8v7H8z",
  megaphone: "M3 10v4h3l7 4V6L6 10H3zM17 9a4 4 0 0 1 0 6",
  phone: "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-5-5",
  trash: "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3",
  message: "M4 5h16v11H9l-5 4V5z",
  send: "M21 3 10 14M21 3l-7 18-4-7-7-4 18-7z",
  forward: "M15 5l6 6-6 6M21 11H9a6 6 0 0 0-6 6v2",
  undo: "M9 5 3 11l6 6M3 11h12a6 6 0 0 1 6 6v2",
  ban: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM5.6 5.6l12.8 12.8",
  bellOff: "M6 8a6 6 0 0 1 10-4.5M18 11c.3 4.4 3 6 3 6H9M10.3 21a1.9 1.9 0 0 0 3.4 0M3 3l18 18",
  clipboard: "M9 4h6v3H9zM7 5H5v16h14V5h-2M9 12h6M9 16h6",
} as const;

export type IconName = keyof typeof PATHS;

/** An icon as an SVG string: decorative (aria-hidden), the text beside it names it. */
export function iconSvg(name: IconName, className = "size-5"): string {
  return `<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" class="inline-block shrink-0 ${esc(className)}" aria-hidden="true" focusable="false"><path d="${PATHS[name]}"/></svg>`;
}
