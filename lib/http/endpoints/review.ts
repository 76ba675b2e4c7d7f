import { jsonResponse } from "@/lib/contracts/endpoint";
import { claimResponseSchema } from "@/lib/contracts/claims";
import {
  bulkClaimsSchema, bulkResultSchema, exportQuerySchema, IMPORT_JSON_MAX_BYTES, importArticleJsonSchema, importOptionsSchema, importResultSchema, reviewActionSchema,
  reviewQueuePageSchema, reviewQueueQuerySchema,
} from "@/lib/contracts/review";
import { factdeskDocumentSchema } from "@/lib/export/factdesk-schema";
import { bulkUpdateClaims } from "@/lib/server/bulk-update-claims";
import { exportArticle } from "@/lib/server/export-article";
import { importArticleJson } from "@/lib/server/import-article-json";
import { listReviewQueue } from "@/lib/server/list-review-queue";
import { reviewClaim } from "@/lib/server/review-claim";
import { endpoint } from "../endpoint";

export const review = endpoint({
  id: "review.act", method: "POST", path: "/api/claims/{id}/review", tag: "Review", summary: "Submit, approve, send back or reopen a claim", minRole: "editor", body: reviewActionSchema,
  description:
    "`submit` (editor: open → needs_review), `approve` (reviewer: needs_review → approved), `send_back` (reviewer: needs_review → open, `note` required), `reopen` (reviewer: approved → open, `note` required). " +
    "Send the claim's `version`; a stale one answers 409 with `details.current`. Submitting and approving need a verdict other than unchecked, a rationale and at least one source (422 otherwise). " +
    "With four-eyes on (the default), whoever set the current verdict cannot approve it (403). An approved claim is locked until reopened.",
  response: jsonResponse(claimResponseSchema, "`{ claim }`"), errors: [400, 404, 409, 422],
  handle: ({ actor, params, body }) => reviewClaim(actor, params.id, body),
});

export const bulk = endpoint({
  id: "review.bulk", method: "POST", path: "/api/claims/bulk", tag: "Review", summary: "Assign or submit many claims at once", minRole: "editor", body: bulkClaimsSchema,
  description: "Up to 500 claims in one transaction. Claims that cannot take the change (approved and locked, deleted, not ready for review) are listed in `skipped` with a reason; the others are changed.",
  response: jsonResponse(bulkResultSchema, "`{ done: string[], skipped: { id, reason }[] }`"), errors: [400, 409, 422],
  handle: ({ actor, body }) => bulkUpdateClaims(actor, body),
});

export const queue = endpoint({
  id: "review.queue", method: "GET", path: "/api/review", tag: "Review", summary: "The review queue: claims across all articles", minRole: "viewer", query: reviewQueueQuerySchema,
  description: "Filter by verdict, review state, assignee (a user id, `me` or `unassigned`), article and text (`q`, over quote, normalised claim and claimant); sort by updated, created, article, verdict or state; paginate with `page` and `perPage` (≤ 200).",
  response: jsonResponse(reviewQueuePageSchema, "`{ items, total, page, perPage, pageCount, query, fourEyes }`"), errors: [422],
  handle: ({ actor, query }) => listReviewQueue(actor, query),
});

export const exportFile = endpoint({
  id: "review.export", method: "GET", path: "/api/articles/{id}/export", tag: "Export", summary: "Download the fact-check report or data export", minRole: "viewer", query: exportQuerySchema, rateLimit: "export",
  description:
    "Formats: `html` and `pdf` (reports), `markdown`, `csv`, `json` (factdesk/1, re-importable), `claimreview` (schema.org ClaimReview JSON-LD), `w3c` (Web Annotation collection). " +
    "Approved claims only unless `drafts=1`, which adds unapproved claims marked as drafts. " +
    "`audience=reader` (default) leaves staff names out of the reports (HTML, PDF, Markdown, CSV); `audience=internal` names who created, was assigned and approved each claim. Answers the file as an attachment; an unknown format is 422 listing the valid ones.",
  response: { kind: "file", status: 200, description: "The file (`Content-Disposition: attachment`)", contentType: "application/octet-stream" }, errors: [404, 422, 429],
  handle: async ({ req, actor, params, query }) => {
    const baseUrl = req.nextUrl.origin || process.env.NEXTAUTH_URL || "http://localhost:3000";
    const file = await exportArticle(actor, params.id, { format: query.format, includeDrafts: query.drafts, audience: query.audience, baseUrl });
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    // The file name comes from the exporter, ASCII-safe, with an RFC 5987 copy.
    return new Response(body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "cache-control": "private, no-store",
      },
    });
  },
});

export const importJson = endpoint({
  id: "review.import", method: "POST", path: "/api/articles/import", tag: "Export", summary: "Import a factdesk/1 JSON export as a new article", minRole: "editor",
  body: importArticleJsonSchema, maxBytes: IMPORT_JSON_MAX_BYTES, query: importOptionsSchema, rateLimit: "import",
  documentedBody: factdeskDocumentSchema,
  description:
    "Recreates the article, its claims (anchors re-resolved; unplaceable ones kept as orphans), sources and comments. People are matched to accounts by email. " +
    "Claims enter `open`, or `needs_review` when complete; never `approved` unless `keepApprovals=1` is sent by a reviewer or admin (403 otherwise): each kept approval is then the importer's, recorded as imported from `fileName`, and four-eyes still applies (refusals are listed in `approvalsRefused`). " +
    "The file's history is kept as read-only provenance (`imported` in the claim history), never as events. Fields obey the API's limits. Up to 20 MB; an invalid file is refused with 422 and nothing is written.",
  response: jsonResponse(importResultSchema, "`{ id, title, claims, orphaned, unmatchedPeople, approvalsKept, approvalsRefused, ratingScale }`", 201), errors: [400, 403, 413, 422, 429],
  handle: ({ actor, body, query }) => importArticleJson(actor, body, query),
});

export const reviewEndpoints = [review, bulk, queue, exportFile, importJson];
