import { fetchUrlSchema } from "@/lib/validation/web";
import type { OperationSpec } from "../types";

const FETCH_RULES =
  "The server fetches the link itself: http/https only; private, loopback, link-local and metadata addresses are refused after DNS resolution and on every redirect (at most 5); size (`FACTDESK_FETCH_MAX_MB`, 10 MB), time (`FACTDESK_FETCH_TIMEOUT_MS`, 15 s) and content type (HTML, text, PDF) are limited. A refusal is a 422 whose `message` says why and `details.reason` names the rule (`scheme`, `private_address`, `dns`, `too_many_redirects`, `too_large`, `timeout`, `content_type`, `http_status`, `network`, `cancelled`).";

export const webOperations: OperationSpec[] = [
  {
    method: "post", path: "/api/web/article-preview", tag: "From the web", summary: "Read the story on a web page (preview; stores nothing)", minRole: "editor", body: fetchUrlSchema,
    description: `Extracts the story with Mozilla Readability. Create the article with \`POST /api/articles\` (bodyFormat \`html\`, \`url\`, \`fetchedAt\`). ${FETCH_RULES}`,
    response: { status: 200, description: "`{ preview: { url, fetchedAt, title, byline, publisher, publishedAt, html (sanitised), wordCount } }`" }, errors: [400, 422],
  },
  {
    method: "post", path: "/api/web/describe", tag: "From the web", summary: "Describe a source from its page (title, publisher, author, date; PDF page count)", minRole: "editor", body: fetchUrlSchema,
    description: `Reads JSON-LD (NewsArticle, Report, …), Open Graph and <meta> tags; for a PDF, its Info dictionary and page count. ${FETCH_RULES}`,
    response: { status: 200, description: "`{ source: { url, finalUrl, mediaType, title, publisher, author, publishedAt, pageCount } }`" }, errors: [400, 422],
  },
  { method: "get", path: "/api/sources/{id}/archives", tag: "From the web", summary: "Archived copies of a source, newest first", minRole: "viewer", response: { status: 200, description: "`{ archives: ArchiveSummary[] }` (id, finalUrl, httpStatus, contentType, sha256, byteSize, title, fetchedAt)" }, errors: [404] },
  {
    method: "post", path: "/api/sources/{id}/archives", tag: "From the web", summary: "Archive the source's page now (earlier copies are kept)", minRole: "editor",
    description: `Stores the bytes, readable text, content type, final URL, HTTP status, SHA-256 and fetch time. 409 when archive storage (\`FACTDESK_ARCHIVE_LIMIT_MB\`) is full. ${FETCH_RULES}`,
    response: { status: 201, description: "`{ archive: ArchiveSummary }`" }, errors: [404, 409, 422],
  },
  { method: "get", path: "/api/archives/{id}", tag: "From the web", summary: "One archived copy with its readable text", minRole: "viewer", response: { status: 200, description: "`{ archive: ArchiveSummary & { text, sourceUrl, sourceTitle } }`" }, errors: [404] },
  {
    method: "get", path: "/api/archives/{id}/raw", tag: "From the web", summary: "The archived bytes as fetched, sandboxed", minRole: "viewer",
    description: "Served with `Content-Security-Policy: sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:` and `X-Content-Type-Options: nosniff`: no scripts, no network requests, an opaque origin. PDFs are sent as attachments.",
    response: { status: 200, description: "The original bytes with their original content type", contentType: "text/html" }, errors: [404],
  },
];
