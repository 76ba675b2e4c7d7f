/**
 * THE link rule of Factdesk: the only place that decides whether a URL may become a
 * clickable link (rationales, comments, imported articles, every export) or be stored as
 * a source. Everything else calls these functions; nothing compares protocols itself.
 *
 * A URL is a safe link when, after the clean-up a browser itself does (below), it is
 *  - absolute `http:` or `https:` with a host name, or
 *  - `mailto:` with something after the colon.
 * Everything else (javascript:, data:, vbscript:, file:, relative or protocol-relative
 * paths, garbage, anything over 2,048 characters) is shown as text, never as a link.
 * Sources are stricter: a source is a web page, so only the http(s) half (isWebUrl).
 */

export const MAX_LINK_LENGTH = 2048;

// Browsers drop ASCII tab/newline anywhere in a URL and trim C0 controls and spaces at
// the ends (WHATWG URL parser), so "java\tscript:" is javascript:. Do the same first so
// the verdict matches what a browser would actually navigate to.
const STRIPPED_ANYWHERE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const TRIMMED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** The URL as a browser would read it (tabs/newlines removed, ends trimmed). */
export function normaliseLinkUrl(raw: string): string {
  return raw.replace(STRIPPED_ANYWHERE, "").replace(TRIMMED_AT_ENDS, "");
}

function parse(raw: string | null | undefined): { href: string; url: URL } | null {
  if (typeof raw !== "string") return null;
  const href = normaliseLinkUrl(raw);
  if (href === "" || href.length > MAX_LINK_LENGTH) return null;
  try {
    return { href, url: new URL(href) };
  } catch {
    return null;
  }
}

function isWeb(url: URL): boolean {
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

function isMail(url: URL): boolean {
  return url.protocol === "mailto:" && url.pathname.replace(/^\/+/, "") !== "";
}

/** True when `url` may be rendered as a clickable link anywhere in Factdesk. */
export function isSafeLinkUrl(url: string): boolean {
  return safeLinkHref(url) !== null;
}

/** The cleaned href when `raw` is a safe link (see the module comment), otherwise null. */
export function safeLinkHref(raw: string | null | undefined): string | null {
  const parsed = parse(raw);
  return parsed && (isWeb(parsed.url) || isMail(parsed.url)) ? parsed.href : null;
}

/** A web address (http/https with a host): what a source URL or an article URL must be. */
export function isWebUrl(raw: string | null | undefined): raw is string {
  const parsed = parse(raw);
  return parsed !== null && isWeb(parsed.url);
}
