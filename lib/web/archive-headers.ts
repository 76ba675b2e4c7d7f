/**
 * Headers for serving an archived page's original bytes. The CSP `sandbox` directive (without
 * allow-scripts or allow-same-origin) runs the document in an opaque origin with scripts,
 * forms, popups and plugins disabled, so even opened directly it cannot act as Factdesk or
 * read its cookies; `default-src 'none'` stops every network request (images only as data:
 * URLs, inline styles kept so the page stays readable). Factdesk's own pages may frame it.
 */
export const ARCHIVE_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

export function archivedCopyHeaders(contentType: string, byteLength: number): Record<string, string> {
  const isPdf = contentType.toLowerCase().startsWith("application/pdf");
  return {
    "content-type": contentType,
    "content-length": String(byteLength),
    "content-security-policy": ARCHIVE_CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "cross-origin-resource-policy": "same-origin",
    "referrer-policy": "no-referrer",
    "cache-control": "private, no-store",
    // A sandboxed PDF cannot be shown by the browser's viewer; it is downloaded instead.
    ...(isPdf ? { "content-disposition": "attachment" } : {}),
  };
}
