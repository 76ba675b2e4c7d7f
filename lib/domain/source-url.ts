/**
 * The form a source URL is stored in, so the same page is one source: scheme and host
 * lower-cased (URL does that), fragment dropped (it points inside the same page).
 */
export function normaliseSourceUrl(raw: string): string {
  const url = new URL(raw.trim());
  url.hash = "";
  return url.toString();
}
