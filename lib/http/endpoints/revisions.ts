import { jsonResponse } from "@/lib/contracts/endpoint";
import {
  dismissedSuggestionSchema, dismissSuggestionSchema, restoredSuggestionSchema, revisionDiffQuerySchema, revisionDiffSchema, revisionListSchema, revisionResponseSchema, saveRevisionResultSchema,
  saveRevisionSchema, suggestionsResultSchema,
} from "@/lib/contracts/revisions";
import { diffArticleRevisions } from "@/lib/server/diff-article-revisions";
import { dismissSuggestion } from "@/lib/server/dismiss-suggestion";
import { getArticleRevision } from "@/lib/server/get-article-revision";
import { listArticleRevisions } from "@/lib/server/list-article-revisions";
import { restoreSuggestion } from "@/lib/server/restore-suggestion";
import { saveArticleRevision } from "@/lib/server/save-article-revision";
import { suggestClaims } from "@/lib/server/suggest-claims";
import { endpoint } from "../endpoint";

/** A pasted article of up to 1,000,000 characters is larger than the default JSON limit. */
const MAX_REVISION_BYTES = 4_000_000;

export const list = endpoint({
  id: "revisions.list", method: "GET", path: "/api/articles/{id}/revisions", tag: "Revisions", summary: "List an article's revisions", minRole: "viewer",
  response: jsonResponse(revisionListSchema, "`{ article: { id, title, version, revisionNumber }, revisions: [{ number, note, createdBy, createdAt, reanchor: { kept, changed, orphaned } | null }] }`, newest first"),
  errors: [404],
  handle: ({ actor, params }) => listArticleRevisions(actor, params.id),
});

export const save = endpoint({
  id: "revisions.save", method: "POST", path: "/api/articles/{id}/revisions", tag: "Revisions", summary: "Save a new version of the text and re-anchor its claims", minRole: "editor",
  body: saveRevisionSchema, maxBytes: MAX_REVISION_BYTES,
  description:
    "Send either `body` (+ `bodyFormat`: text, Markdown or sanitised HTML) or the editor's `doc` (Tiptap JSON, checked against the StarterKit schema; links other than http(s)/mailto are dropped), and the article `version` you started from. " +
    "A stale version is refused with 409 (`details.currentVersion`, `details.changedBy`); nothing is overwritten. An empty text is refused with 422 unless `confirmEmpty` is true, in which case every claim is kept as an orphan. " +
    "Every live claim is re-anchored (position, exact quote, fuzzy quote, otherwise orphan): moved claims keep their version, claims whose words changed become `changed` (with `previousExact`), unplaceable ones `orphan`; verdicts, sources and comments are never touched.",
  response: jsonResponse(saveRevisionResultSchema, "`{ article, revision, summary: { kept, changed, orphaned }, message: \"42 claims kept, 2 changed, 1 orphaned\" }`", 201),
  errors: [400, 404, 409, 413, 422],
  handle: ({ actor, params, body }) => saveArticleRevision(actor, params.id, body),
});

export const diff = endpoint({
  id: "revisions.diff", method: "GET", path: "/api/articles/{id}/revisions/diff", tag: "Revisions", summary: "Compare two revisions word by word", minRole: "viewer", query: revisionDiffQuerySchema,
  response: jsonResponse(revisionDiffSchema, "`{ from, to, parts: [{ kind: \"equal\" | \"insert\" | \"delete\", text }], insertedWords, deletedWords }`"),
  errors: [404, 422],
  handle: ({ actor, params, query }) => diffArticleRevisions(actor, params.id, query),
});

export const get = endpoint({
  id: "revisions.get", method: "GET", path: "/api/articles/{id}/revisions/{n}", tag: "Revisions", summary: "One revision (document and plain text)", minRole: "viewer",
  response: jsonResponse(revisionResponseSchema, "`{ revision: { number, note, createdBy, createdAt, reanchor, doc, text, articleTitle, latest } }`"),
  errors: [404, 422],
  handle: async ({ actor, params }) => ({ revision: await getArticleRevision(actor, params.id, params.n) }),
});

export const suggestions = endpoint({
  id: "revisions.suggestions", method: "GET", path: "/api/articles/{id}/suggestions", tag: "Suggestions", summary: "Check-worthy sentences not yet marked or dismissed", minRole: "viewer",
  description: "Scored by the check-worthiness model in lib/suggest. Each has the anchor (`text` as `exact`, `start`, `end`, `prefix`, `suffix`) to accept it with `POST /api/articles/{id}/claims`.",
  response: jsonResponse(suggestionsResultSchema, "`{ articleId, version, suggestions: [{ key, text, start, end, prefix, suffix, score, reasons }] }`"),
  errors: [404],
  handle: ({ actor, params }) => suggestClaims(actor, params.id),
});

export const dismiss = endpoint({
  id: "revisions.dismissSuggestion", method: "POST", path: "/api/articles/{id}/suggestions/dismiss", tag: "Suggestions", summary: "Dismiss a suggestion for this article (idempotent)", minRole: "editor", body: dismissSuggestionSchema,
  response: jsonResponse(dismissedSuggestionSchema, "`{ key, dismissed: true }`"),
  errors: [400, 404, 422],
  handle: ({ actor, params, body }) => dismissSuggestion(actor, params.id, body),
});

export const restore = endpoint({
  id: "revisions.restoreSuggestion", method: "POST", path: "/api/articles/{id}/suggestions/restore", tag: "Suggestions", summary: "Undo a dismissal: suggest the sentence again (idempotent)", minRole: "editor", body: dismissSuggestionSchema,
  response: jsonResponse(restoredSuggestionSchema, "`{ key, dismissed: false }`"),
  errors: [400, 404, 422],
  handle: ({ actor, params, body }) => restoreSuggestion(actor, params.id, body),
});

export const revisionEndpoints = [list, save, diff, get, suggestions, dismiss, restore];
