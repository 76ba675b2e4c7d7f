import { z } from "zod";
import { createCommentSchema, editCommentSchema, resolveThreadSchema } from "@/lib/validation/comment";
import { historyQuerySchema, presenceSchema, revertClaimSchema } from "@/lib/validation/collaboration";
import { markdownPreviewSchema } from "@/lib/validation/markdown";
import type { OperationSpec } from "../types";

const eventsQuery = z.object({
  after: z.string().optional().describe("Resume after this event id (the `Last-Event-ID` header wins when both are sent)."),
});

const EVENTS_DESCRIPTION = [
  "Server-Sent Events. Each stored change is a frame `id: <event id>` / `event: change` / `data: {id,type,actor:{id,name},claimId,targetType,targetId,before,after,note,createdAt}`.",
  "Presence changes are `event: presence` / `data: {users:[{id,name,editingClaimId}]}` (no `id:`; not stored).",
  "A client reconnecting with `Last-Event-ID` (EventSource does this itself) or `?after=<id>` first receives every change of this article with a larger id, in order, then live ones; nothing is skipped or repeated.",
  "Without a cursor the stream starts with changes made after connecting. The server sends `retry: 2000`, a `: ping` comment every 15 s, and ends the stream after 10 minutes (the client reconnects and is re-authenticated).",
  "A cursor that is not a whole number, or is newer than the newest stored change (e.g. after a database restore), is refused with 400: reload the article instead.",
].join("\n\n");

export const collaborationOperations: OperationSpec[] = [
  {
    method: "get", path: "/api/articles/{id}/events", tag: "Live", summary: "Live change feed of an article (SSE)", minRole: "viewer", query: eventsQuery,
    description: EVENTS_DESCRIPTION,
    response: { status: 200, description: "An endless `text/event-stream`.", contentType: "text/event-stream" }, errors: [400, 404],
  },
  { method: "get", path: "/api/articles/{id}/presence", tag: "Live", summary: "Who has the article open", minRole: "viewer", response: { status: 200, description: "`{ users: [{ id, name, editingClaimId }] }`" } },
  {
    method: "post", path: "/api/articles/{id}/presence", tag: "Live", summary: "Presence heartbeat (every ~5 s) or goodbye", minRole: "viewer", body: presenceSchema,
    description: "Send `{ editingClaimId, clientId }` about every 5 seconds while the article is open; an entry expires 12 s after its last heartbeat. Send `{ leaving: true, clientId }` when the tab closes (`fetch` with `keepalive`). Presence is kept in memory per server instance.",
    response: { status: 200, description: "`{ users }`" }, errors: [404, 422],
  },
  { method: "delete", path: "/api/articles/{id}/presence", tag: "Live", summary: "Leave (same as `{ leaving: true }`)", minRole: "viewer", query: z.object({ clientId: z.string().optional() }), response: { status: 200, description: "`{ users }`" } },
  {
    method: "get", path: "/api/articles/{id}/activity", tag: "History", summary: "Everything that happened on an article, newest first", minRole: "viewer", query: historyQuerySchema,
    description: "Pages of 50 (or `limit`, at most 200); pass the answer's `nextBefore` as `before` for older entries. Each entry has `action` (\"set a verdict: disputed\") and `changes` (\"verdict: unchecked → disputed\").",
    response: { status: 200, description: "`{ article, events, nextBefore, latestId }`" }, errors: [404, 422],
  },
  { method: "get", path: "/api/claims/{id}/history", tag: "History", summary: "A claim's history, newest first", minRole: "viewer", query: historyQuerySchema, response: { status: 200, description: "`{ events, nextBefore }`; each event lists the fields it can be reverted to in `revertable`." }, errors: [404, 422] },
  {
    method: "post", path: "/api/claims/{id}/revert", tag: "History", summary: "Set a field back to its value before a change", minRole: "editor", body: revertClaimSchema,
    description: "`field` is one of the event's `revertable` fields. Same rules as an edit: approved claims are locked (409), a stale `version` is refused (409 with `details.current`). The revert is recorded as a `claim.reverted` event.",
    response: { status: 200, description: "`{ claim, reverted }` (`reverted: false` when the field already had that value)" }, errors: [400, 404, 409, 422],
  },
  { method: "get", path: "/api/claims/{id}/comments", tag: "Comments", summary: "A claim's discussion threads", minRole: "viewer", response: { status: 200, description: "`{ threads: [{ root, replies, resolvedAt, resolvedBy }] }`; comment bodies come as text and as sanitised HTML (`bodyHtml`)." }, errors: [404] },
  {
    method: "post", path: "/api/claims/{id}/comments", tag: "Comments", summary: "Comment on a claim, or reply (`parentId`)", minRole: "editor", body: createCommentSchema,
    description: "Markdown, at most 10,000 characters. `@Full Name`, `@First` (when unique) or `@email` mention an active colleague, who sees it on /mentions; an unknown or ambiguous mention is refused with 422 naming it. Replies attach to the thread's first comment.",
    response: { status: 201, description: "`{ comment }`" }, errors: [400, 404, 413, 422],
  },
  { method: "patch", path: "/api/comments/{id}", tag: "Comments", summary: "Edit your own comment", minRole: "editor", body: editCommentSchema, response: { status: 200, description: "`{ comment }`" }, errors: [400, 404, 413, 422] },
  { method: "delete", path: "/api/comments/{id}", tag: "Comments", summary: "Delete your own comment (admins: anyone's)", minRole: "editor", description: "A first comment with replies stays as a \"comment deleted\" placeholder.", response: { status: 200, description: "`{ comment: { id, deletedAt } }`" }, errors: [404] },
  { method: "post", path: "/api/comments/{id}/resolve", tag: "Comments", summary: "Resolve or reopen a thread", minRole: "editor", body: resolveThreadSchema, description: "Any comment of the thread may be named; the state is kept on its first comment.", response: { status: 200, description: "`{ thread: { rootId, resolvedAt, resolvedBy } }`" }, errors: [400, 404, 422] },
  { method: "get", path: "/api/mentions", tag: "Comments", summary: "Your mentions, unread first", minRole: "viewer", response: { status: 200, description: "`{ mentions: [{ id, readAt, author, excerpt, claim, article, href }], unreadCount }`" } },
  { method: "post", path: "/api/mentions/{id}/read", tag: "Comments", summary: "Mark one of your mentions read", minRole: "viewer", response: { status: 200, description: "`{ mention: { id, readAt } }`" }, errors: [404] },
  {
    method: "post", path: "/api/markdown/preview", tag: "Comments", summary: "Render Markdown (a rationale or comment) as safe HTML", minRole: "viewer", body: markdownPreviewSchema,
    description: "The one server-side renderer every view and export uses: raw HTML is shown as text, images become links, only http(s) and mailto links survive. At most 20,000 characters.",
    response: { status: 200, description: "`{ html }`" }, errors: [400, 413, 422],
  },
];
