import { jsonResponse } from "@/lib/contracts/endpoint";
import { archiveResponseSchema, archivesResponseSchema, archiveWithTextResponseSchema, articlePreviewResponseSchema, fetchUrlSchema, sourceDescriptionResponseSchema } from "@/lib/contracts/web";
import { archiveSource } from "@/lib/server/archive-source";
import { describeSourceUrl } from "@/lib/server/describe-source-url";
import { getSourceArchive } from "@/lib/server/get-source-archive";
import { listSourceArchives } from "@/lib/server/list-source-archives";
import { previewArticleFromUrl } from "@/lib/server/preview-article-from-url";
import { readArchivedBytes } from "@/lib/server/read-archived-bytes";
import { archivedCopyHeaders } from "@/lib/web/archive-headers";
import { endpoint } from "../endpoint";

const FETCH_RULES =
  "The server fetches the link itself: http/https only; private, loopback, link-local and metadata addresses are refused after DNS resolution and on every redirect (at most 5); size (`FACTDESK_FETCH_MAX_MB`, 10 MB), time (`FACTDESK_FETCH_TIMEOUT_MS`, 15 s) and content type (HTML, text, PDF) are limited. A refusal is a 422 whose `message` says why and `details.reason` names the rule (`scheme`, `private_address`, `dns`, `too_many_redirects`, `too_large`, `timeout`, `content_type`, `http_status`, `network`, `cancelled`).";

export const articlePreview = endpoint({
  id: "web.articlePreview", method: "POST", path: "/api/web/article-preview", tag: "From the web", summary: "Read the story on a web page (preview; stores nothing)", minRole: "editor", body: fetchUrlSchema,
  description: `Extracts the story with Mozilla Readability. Create the article with \`POST /api/articles\` (bodyFormat \`html\`, \`url\`, \`fetchedAt\`). ${FETCH_RULES}`,
  response: jsonResponse(articlePreviewResponseSchema, "`{ preview: { url, fetchedAt, title, byline, publisher, publishedAt, html (sanitised), wordCount } }`"), errors: [400, 422],
  handle: async ({ req, actor, body }) => ({ preview: await previewArticleFromUrl(actor, body, req.signal) }),
});

export const describe = endpoint({
  id: "web.describe", method: "POST", path: "/api/web/describe", tag: "From the web", summary: "Describe a source from its page (title, publisher, author, date; PDF page count)", minRole: "editor", body: fetchUrlSchema,
  description: `Reads JSON-LD (NewsArticle, Report, …), Open Graph and <meta> tags; for a PDF, its Info dictionary and page count. ${FETCH_RULES}`,
  response: jsonResponse(sourceDescriptionResponseSchema, "`{ source: { url, finalUrl, mediaType, title, publisher, author, publishedAt, pageCount } }`"), errors: [400, 422],
  handle: async ({ req, actor, body }) => ({ source: await describeSourceUrl(actor, body, req.signal) }),
});

export const archives = endpoint({
  id: "web.archives", method: "GET", path: "/api/sources/{id}/archives", tag: "From the web", summary: "Archived copies of a source, newest first", minRole: "viewer",
  response: jsonResponse(archivesResponseSchema, "`{ archives: ArchiveSummary[] }` (id, finalUrl, httpStatus, contentType, sha256, byteSize, title, fetchedAt)"), errors: [404],
  handle: async ({ actor, params }) => ({ archives: await listSourceArchives(actor, params.id) }),
});

export const archive = endpoint({
  id: "web.archive", method: "POST", path: "/api/sources/{id}/archives", tag: "From the web", summary: "Archive the source's page now (earlier copies are kept)", minRole: "editor",
  description: `Stores the bytes, readable text, content type, final URL, HTTP status, SHA-256 and fetch time. 409 when archive storage (\`FACTDESK_ARCHIVE_LIMIT_MB\`) is full. ${FETCH_RULES}`,
  response: jsonResponse(archiveResponseSchema, "`{ archive: ArchiveSummary }`", 201), errors: [404, 409, 422],
  handle: async ({ req, actor, params }) => ({ archive: await archiveSource(actor, params.id, req.signal) }),
});

export const archivedCopy = endpoint({
  id: "web.archivedCopy", method: "GET", path: "/api/archives/{id}", tag: "From the web", summary: "One archived copy with its readable text", minRole: "viewer",
  response: jsonResponse(archiveWithTextResponseSchema, "`{ archive: ArchiveSummary & { text, sourceUrl, sourceTitle } }`"), errors: [404],
  handle: async ({ actor, params }) => ({ archive: await getSourceArchive(actor, params.id) }),
});

export const archivedBytes = endpoint({
  id: "web.archivedBytes", method: "GET", path: "/api/archives/{id}/raw", tag: "From the web", summary: "The archived bytes as fetched, sandboxed", minRole: "viewer",
  description: "Served with `Content-Security-Policy: sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:` and `X-Content-Type-Options: nosniff`: no scripts, no network requests, an opaque origin. PDFs are sent as attachments.",
  response: { kind: "file", status: 200, description: "The original bytes with their original content type", contentType: "text/html" }, errors: [404],
  handle: async ({ actor, params }) => {
    const copy = await readArchivedBytes(actor, params.id);
    return new Response(new Uint8Array(copy.body), { status: 200, headers: archivedCopyHeaders(copy.contentType, copy.body.length) });
  },
});

export const webEndpoints = [articlePreview, describe, archives, archive, archivedCopy, archivedBytes];
