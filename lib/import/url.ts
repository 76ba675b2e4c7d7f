/**
 * The one place that decides whether a link target may survive import or export.
 * Only absolute http(s) and mailto URLs are kept: relative URLs have no meaningful base
 * once an article is copied into Factdesk, and every other scheme (javascript:, data:,
 * vbscript:, file:, …) is either dangerous or useless to a reader.
 */

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

// Browsers drop ASCII tab/newline anywhere in a URL and trim C0 controls and spaces at
// the ends (WHATWG URL parser), so "java\tscript:" is javascript:. Do the same first so
// our verdict matches what a browser would actually navigate to.
// eslint-disable-next-line no-control-regex
const STRIPPED_ANYWHERE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const TRIMMED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** Returns the cleaned href if it is a safe absolute link target, otherwise null. */
export function safeHref(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const href = raw.replace(STRIPPED_ANYWHERE, "").replace(TRIMMED_AT_ENDS, "");
  if (href === "" || href.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? href : null;
}
