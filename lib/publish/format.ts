/** "3 Dec 2026": dates on public pages, in UTC so every reader sees the same day. */
export function readableDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
