/**
 * Dates as the branches see them: China time (UTC+8, no daylight saving). A deadline "2026-12-31"
 * means the end of that day in Beijing; "today" and the reminder day key are Beijing dates too.
 * The one module for China days and for every date or time a page shows: no page builds its own
 * formatter or adds eight hours by hand. Pure: safe in client components.
 */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** "YYYY-MM-DD" of the instant in China. */
export function chinaDay(at: Date = new Date()): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 of a China date. */
export function startOfChinaDay(day: string): Date {
  return new Date(`${day}T00:00:00.000+08:00`);
}

/** 23:59:59.999 of a China date: what a deadline on that day means. */
export function endOfChinaDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+08:00`);
}

/**
 * Whole China days from today to the deadline's day: 0 on the last day, negative once overdue.
 */
export function daysLeft(dueAt: Date, now: Date = new Date()): number {
  return Math.round((startOfChinaDay(chinaDay(dueAt)).getTime() - startOfChinaDay(chinaDay(now)).getTime()) / DAY_MS);
}

/** Every China date from `from` to `to` inclusive (for charts over the assignment period). */
export function chinaDaysBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let t = startOfChinaDay(chinaDay(from)).getTime(); t <= to.getTime(); t += DAY_MS) out.push(chinaDay(new Date(t)));
  return out;
}

/** "2026年11月21日" */
export function formatChinaDate(at: Date | null | undefined): string {
  if (!at) return "—";
  const [y, m, d] = chinaDay(at).split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** "11-21 14:05" in China time, for freshness notes. */
export function formatChinaTime(at: Date): string {
  const s = new Date(at.getTime() + OFFSET_MS).toISOString();
  return `${s.slice(5, 10)} ${s.slice(11, 16)}`;
}

const zh = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour12: false, ...o });
const DATE_TIME = zh({ dateStyle: "medium", timeStyle: "short" });
const STAMP = zh({ year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
const STAMP_SECONDS = zh({ dateStyle: "short", timeStyle: "medium" });

/** "2026年11月21日 14:05" in China time: when something happened to a member or a token. */
export function formatChinaDateTime(at: Date): string {
  return DATE_TIME.format(at);
}

/** "2026/11/21 14:05", or with `seconds` "2026/11/21 14:05:09" (the audit log, where order within a minute matters). */
export function formatChinaStamp(at: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return (seconds ? STAMP_SECONDS : STAMP).format(at);
}
