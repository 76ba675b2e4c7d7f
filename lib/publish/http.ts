import { createHash } from "node:crypto";

/** Headers every public response carries (the app's own security headers are not applied here). */
export function publicHeaders(contentType: string, csp: string | null, etag: string | null, frameable = false): Headers {
  const h = new Headers({
    "content-type": contentType,
    // A snapshot changes only on republish or pause; readers and caches revalidate after a minute.
    "cache-control": "public, max-age=60, must-revalidate",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  if (csp) h.set("content-security-policy", csp);
  if (!frameable) h.set("x-frame-options", "DENY");
  if (etag) h.set("etag", etag);
  return h;
}

export function etagFor(key: string): string {
  return `"${createHash("sha1").update(key).digest("base64url").slice(0, 22)}"`;
}

/** True when the client already holds this version (If-None-Match). */
export function notModified(req: Request, etag: string): boolean {
  return matchesEtag(req.headers.get("if-none-match"), etag);
}

/** True when an If-None-Match value names `etag` (weak or strong comparison). */
export function matchesEtag(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  return header === etag || header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}
