/**
 * "3 min ago" for lists of recent work; the exact time goes in a tooltip. Pure: the caller
 * passes `now`, so the same input always gives the same text (and tests need no clock).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export function relativeTime(value: Date | string | number, now: Date | number = Date.now()): string {
  const date = toDate(value);
  const nowMs = typeof now === "number" ? now : now.getTime();
  const diff = nowMs - date.getTime();
  if (Number.isNaN(diff)) return "";
  // A small negative difference is clock skew between server and browser, not the future.
  if (diff < 45_000) return "just now";
  if (diff < HOUR) return `${Math.max(1, Math.round(diff / MINUTE))} min ago`;
  if (diff < DAY) {
    const hours = Math.round(diff / HOUR);
    return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
  }
  const days = Math.floor(diff / DAY);
  if (days === 1) return "yesterday";
  if (days < 7) return `${days} days ago`;
  const sameYear = date.getUTCFullYear() === new Date(nowMs).getUTCFullYear();
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${sameYear ? "" : ` ${date.getUTCFullYear()}`}`;
}

/** The exact time for a tooltip, e.g. "22 Mar 2021, 14:05 UTC" (fixed zone: same on server and client). */
export function exactTime(value: Date | string | number): string {
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
