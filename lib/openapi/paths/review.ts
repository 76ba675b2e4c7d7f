import { factdeskDocumentSchema } from "@/lib/export/factdesk-schema";
import { bulkClaimsSchema, exportQuerySchema, importOptionsSchema, reviewActionSchema, reviewQueueQuerySchema } from "@/lib/validation/review";
import { updateSettingsSchema } from "@/lib/validation/settings";
import type { OperationSpec } from "../types";

export const reviewOperations: OperationSpec[] = [
  {
    method: "post", path: "/api/claims/{id}/review", tag: "Review", summary: "Submit, approve, send back or reopen a claim", minRole: "editor", body: reviewActionSchema,
    description:
      "`submit` (editor: open → needs_review), `approve` (reviewer: needs_review → approved), `send_back` (reviewer: needs_review → open, `note` required), `reopen` (reviewer: approved → open, `note` required). " +
      "Send the claim's `version`; a stale one answers 409 with `details.current`. Submitting and approving need a verdict other than unchecked, a rationale and at least one source (422 otherwise). " +
      "With four-eyes on (the default), whoever set the current verdict cannot approve it (403). An approved claim is locked until reopened.",
    response: { status: 200, description: "`{ claim }`" }, errors: [400, 404, 409, 422],
  },
  {
    method: "post", path: "/api/claims/bulk", tag: "Review", summary: "Assign or submit many claims at once", minRole: "editor", body: bulkClaimsSchema,
    description: "Up to 500 claims in one transaction. Claims that cannot take the change (approved and locked, deleted, not ready for review) are listed in `skipped` with a reason; the others are changed.",
    response: { status: 200, description: "`{ done: string[], skipped: { id, reason }[] }`" }, errors: [400, 409, 422],
  },
  {
    method: "get", path: "/api/review", tag: "Review", summary: "The review queue: claims across all articles", minRole: "viewer", query: reviewQueueQuerySchema,
    description: "Filter by verdict, review state, assignee (a user id, `me` or `unassigned`), article and text (`q`, over quote, normalised claim and claimant); sort by updated, created, article, verdict or state; paginate with `page` and `perPage` (≤ 200).",
    response: { status: 200, description: "`{ items, total, page, perPage, pageCount, query, fourEyes }`" }, errors: [422],
  },
  {
    method: "get", path: "/api/articles/{id}/dashboard", tag: "Review", summary: "An article's progress, verdicts, review states and contributors", minRole: "viewer",
    response: { status: 200, description: "`{ article, total, approved, byVerdict, byState, contributors }`" }, errors: [404],
  },
  {
    method: "get", path: "/api/articles/{id}/export", tag: "Export", summary: "Download the fact-check report or data export", minRole: "viewer", query: exportQuerySchema,
    description:
      "Formats: `html` and `pdf` (reports), `markdown`, `csv`, `json` (factdesk/1, re-importable), `claimreview` (schema.org ClaimReview JSON-LD), `w3c` (Web Annotation collection). " +
      "Approved claims only unless `drafts=1`, which adds unapproved claims marked as drafts. " +
      "`audience=reader` (default) leaves staff names out of the reports (HTML, PDF, Markdown, CSV); `audience=internal` names who created, was assigned and approved each claim. Answers the file as an attachment; an unknown format is 422 listing the valid ones.",
    response: { status: 200, description: "The file (`Content-Disposition: attachment`)", contentType: "application/octet-stream" }, errors: [404, 422],
  },
  {
    method: "post", path: "/api/articles/import", tag: "Export", summary: "Import a factdesk/1 JSON export as a new article", minRole: "editor", body: factdeskDocumentSchema, query: importOptionsSchema,
    description:
      "Recreates the article, its claims (anchors re-resolved; unplaceable ones kept as orphans), sources and comments. People are matched to accounts by email. " +
      "Claims enter `open`, or `needs_review` when complete; never `approved` unless `keepApprovals=1` is sent by a reviewer or admin (403 otherwise): each kept approval is then the importer's, recorded as imported from `fileName`, and four-eyes still applies (refusals are listed in `approvalsRefused`). " +
      "The file's history is kept as read-only provenance (`imported` in the claim history), never as events. Fields obey the API's limits. Up to 20 MB; an invalid file is refused with 422 and nothing is written.",
    response: { status: 201, description: "`{ id, title, claims, orphaned, unmatchedPeople, approvalsKept, approvalsRefused }`" }, errors: [400, 403, 413, 422],
  },
  { method: "get", path: "/api/settings", tag: "Settings", summary: "Newsroom settings (four-eyes review, organisation)", minRole: "admin", response: { status: 200, description: "`{ settings: { fourEyes, organisationName, organisationUrl } }`" } },
  { method: "patch", path: "/api/settings", tag: "Settings", summary: "Change newsroom settings", minRole: "admin", body: updateSettingsSchema, response: { status: 200, description: "`{ settings }`" }, errors: [400, 422] },
];
