/**
 * Send times. "HH:MM" and ISO date-times without a zone are read as the wall-clock time written;
 * ISO date-times with a zone (Z, +08:00, -0500 …) are converted to China Standard Time (UTC+8),
 * the recipients' clock. The result never depends on the machine's time zone.
 */
import { SEND_TIME } from "./rules";

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
/**
 * The shapes parseSendAt accepts, as one flag-free pattern: what the API document states (security
 * review F11: any text was allowed there). A date that does not exist (02-30) passes the pattern
 * and is still refused by parseSendAt.
 */
export const SEND_AT_PATTERN =
  /^\s*(?:([01]\d|2[0-3]):[0-5]\d|\d{4}-\d{2}-\d{2}[Tt ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?)\s*$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/i;

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Seconds after midnight, Beijing time, or null when `value` is not a valid send time. */
export function parseSendAt(value: string): number | null {
  const v = value.trim();
  const hm = HH_MM.exec(v);
  if (hm) return Number(hm[1]) * 3600 + Number(hm[2]) * 60;

  const iso = ISO.exec(v);
  if (!iso) return null;
  const [, y, mo, d, h, mi, s, zone] = iso;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  let seconds = Number(h) * 3600 + Number(mi) * 60 + Number(s ?? 0);
  if (zone) {
    let offsetMinutes = 0;
    if (zone.toUpperCase() !== "Z") {
      const sign = zone.startsWith("-") ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    seconds += (SEND_TIME.zoneOffsetMinutes - offsetMinutes) * 60;
    seconds = ((seconds % 86400) + 86400) % 86400;
  }
  return seconds;
}

/** "HH:MM" for seconds after midnight. */
export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** True when the time lies outside 08:00–22:00 (both ends allowed). */
export function outsideWorkingHours(seconds: number): boolean {
  return seconds < SEND_TIME.earliest * 60 || seconds > SEND_TIME.latest * 60;
}
