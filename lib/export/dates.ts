/**
 * Date formatting for the human-readable reports. Formatted by hand in UTC rather than
 * with Intl so the output is identical on every server, whatever its locale or ICU data,
 * which keeps golden files and newsroom archives stable.
 */
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

function parse(iso: string): Date | null {
  // A bare YYYY-MM-DD is parsed as UTC midnight by Date, which is what we want.
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "22 March 2021"; falls back to the raw string when it is not a date. */
export function formatDate(iso: string | null): string {
  if (!iso) return "";
  const date = parse(iso);
  if (!date) return iso;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "22 March 2021, 14:05 UTC". */
export function formatDateTime(iso: string | null): string {
  if (!iso) return "";
  const date = parse(iso);
  if (!date) return iso;
  const hh = String(date.getUTCHours()).padStart(2, "0");
  const mm = String(date.getUTCMinutes()).padStart(2, "0");
  return `${formatDate(iso)}, ${hh}:${mm} UTC`;
}

/** "2021-03-22" (UTC), for file names and schema.org dates. */
export function isoDay(iso: string): string {
  const date = parse(iso);
  return date ? date.toISOString().slice(0, 10) : iso.slice(0, 10);
}
