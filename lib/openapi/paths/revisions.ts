import { dismissSuggestionSchema, revisionDiffQuerySchema, saveRevisionSchema } from "@/lib/validation/revision";
import { copyFromClaimSchema, searchQuerySchema } from "@/lib/validation/search";
import type { OperationSpec } from "../types";

/** Revisions and re-anchoring, check-worthiness suggestions, prior fact-checks and search. */
export const revisionOperations: OperationSpec[] = [
  {
    method: "get", path: "/api/articles/{id}/revisions", tag: "Revisions", summary: "List an article's revisions", minRole: "viewer",
    response: { status: 200, description: "`{ article: { id, title, version, revisionNumber }, revisions: [{ number, note, createdBy, createdAt, reanchor: { kept, changed, orphaned } | null }] }`, newest first" },
    errors: [404],
  },
  {
    method: "post", path: "/api/articles/{id}/revisions", tag: "Revisions", summary: "Save a new version of the text and re-anchor its claims", minRole: "editor", body: saveRevisionSchema,
    description:
      "Send either `body` (+ `bodyFormat`: text, Markdown or sanitised HTML) or the editor's `doc` (Tiptap JSON, checked against the StarterKit schema; links other than http(s)/mailto are dropped), and the article `version` you started from. " +
      "A stale version is refused with 409 (`details.currentVersion`, `details.changedBy`); nothing is overwritten. An empty text is refused with 422 unless `confirmEmpty` is true, in which case every claim is kept as an orphan. " +
      "Every live claim is re-anchored (position, exact quote, fuzzy quote, otherwise orphan): moved claims keep their version, claims whose words changed become `changed` (with `previousExact`), unplaceable ones `orphan`; verdicts, sources and comments are never touched.",
    response: { status: 201, description: "`{ article, revision, summary: { kept, changed, orphaned }, message: \"42 claims kept, 2 changed, 1 orphaned\" }`" },
    errors: [400, 404, 409, 413, 422],
  },
  {
    method: "get", path: "/api/articles/{id}/revisions/diff", tag: "Revisions", summary: "Compare two revisions word by word", minRole: "viewer", query: revisionDiffQuerySchema,
    response: { status: 200, description: "`{ from, to, parts: [{ kind: \"equal\" | \"insert\" | \"delete\", text }], insertedWords, deletedWords }`" },
    errors: [404, 422],
  },
  {
    method: "get", path: "/api/articles/{id}/revisions/{n}", tag: "Revisions", summary: "One revision (document and plain text)", minRole: "viewer",
    response: { status: 200, description: "`{ revision: { number, note, createdBy, createdAt, reanchor, doc, text, articleTitle, latest } }`" },
    errors: [404, 422],
  },
  {
    method: "get", path: "/api/articles/{id}/suggestions", tag: "Suggestions", summary: "Check-worthy sentences not yet marked or dismissed", minRole: "viewer",
    description: "Scored by the check-worthiness model in lib/suggest. Each has the anchor (`text` as `exact`, `start`, `end`, `prefix`, `suffix`) to accept it with `POST /api/articles/{id}/claims`.",
    response: { status: 200, description: "`{ articleId, version, suggestions: [{ key, text, start, end, prefix, suffix, score, reasons }] }`" },
    errors: [404],
  },
  {
    method: "post", path: "/api/articles/{id}/suggestions/dismiss", tag: "Suggestions", summary: "Dismiss a suggestion for this article (idempotent)", minRole: "editor", body: dismissSuggestionSchema,
    response: { status: 200, description: "`{ key, dismissed: true }`" },
    errors: [400, 404, 422],
  },
  {
    method: "get", path: "/api/claims/{id}/similar", tag: "Prior fact-checks", summary: "Up to five similar claims from other articles", minRole: "viewer",
    description: "Candidates from SQLite FTS5 plus recent claims, ranked by character n-gram TF-IDF similarity and shared words, scaled by whether the numbers agree (lib/suggest/similar). `score` is 0..1; `numbers` is `same`, `differ` or `none`.",
    response: { status: 200, description: "`{ claimId, similar: [{ claim, article: { id, title, publisher }, score, numbers }] }`" },
    errors: [404],
  },
  {
    method: "post", path: "/api/claims/{id}/copy-from", tag: "Prior fact-checks", summary: "Copy another claim's sources (and optionally its verdict as a draft)", minRole: "editor", body: copyFromClaimSchema,
    description: "Sources are linked with the same stance and excerpt; source rows are reused, never duplicated, and sources this claim already cites are left as they are. With `includeVerdict`, the verdict is copied and the rationale appended after \"Draft copied from …\".",
    response: { status: 200, description: "`{ claim, copied: { sources, alreadyLinked, verdict } }`" },
    errors: [400, 404, 409, 422],
  },
  {
    method: "get", path: "/api/search", tag: "Search", summary: "Search articles, claims, sources and comments", minRole: "viewer", query: searchQuerySchema,
    description:
      "Whatever is typed is searched for as words (FTS syntax such as quotes, `*`, NEAR or AND is treated as text); the last word also matches as a prefix. " +
      "Fields ending in `Html` are escaped HTML in which only matched words are wrapped in `<mark>`. Deleted articles, claims and comments are left out.",
    response: { status: 200, description: "`{ query, searched, articles, claims, sources, comments }`, each `{ items, hasMore }`" },
    errors: [422],
  },
];
