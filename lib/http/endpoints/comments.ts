import { jsonResponse } from "@/lib/contracts/endpoint";
import {
  commentResponseSchema, createCommentSchema, deletedCommentResponseSchema, editCommentSchema, markdownPreviewResponseSchema, markdownPreviewSchema, mentionReadResponseSchema,
  mentionsResponseSchema, resolveThreadSchema, threadStateResponseSchema, threadsResponseSchema,
} from "@/lib/contracts/comments";
import { addComment } from "@/lib/server/add-comment";
import { deleteComment } from "@/lib/server/delete-comment";
import { editComment } from "@/lib/server/edit-comment";
import { listClaimComments } from "@/lib/server/list-claim-comments";
import { listMentions } from "@/lib/server/list-mentions";
import { markMentionRead } from "@/lib/server/mark-mention-read";
import { previewMarkdown } from "@/lib/server/preview-markdown";
import { resolveCommentThread } from "@/lib/server/resolve-comment-thread";
import { endpoint } from "../endpoint";

const COMMENT_BYTES = 100_000;

export const list = endpoint({
  id: "comments.list", method: "GET", path: "/api/claims/{id}/comments", tag: "Comments", summary: "A claim's discussion threads", minRole: "viewer",
  response: jsonResponse(threadsResponseSchema, "`{ threads: [{ root, replies, resolvedAt, resolvedBy }] }`; comment bodies come as text and as sanitised HTML (`bodyHtml`)."), errors: [404],
  handle: ({ actor, params }) => listClaimComments(actor, params.id),
});

export const create = endpoint({
  id: "comments.create", method: "POST", path: "/api/claims/{id}/comments", tag: "Comments", summary: "Comment on a claim, or reply (`parentId`)", minRole: "editor", body: createCommentSchema, maxBytes: COMMENT_BYTES,
  description: "Markdown, at most 10,000 characters. `@Full Name`, `@First` (when unique) or `@email` mention an active colleague, who sees it on /mentions; an unknown or ambiguous mention is refused with 422 naming it. Replies attach to the thread's first comment.",
  response: jsonResponse(commentResponseSchema, "`{ comment }`", 201), errors: [400, 404, 413, 422],
  handle: async ({ actor, params, body }) => ({ comment: await addComment(actor, params.id, body) }),
});

export const edit = endpoint({
  id: "comments.edit", method: "PATCH", path: "/api/comments/{id}", tag: "Comments", summary: "Edit your own comment", minRole: "editor", body: editCommentSchema, maxBytes: COMMENT_BYTES,
  response: jsonResponse(commentResponseSchema, "`{ comment }`"), errors: [400, 404, 413, 422],
  handle: async ({ actor, params, body }) => ({ comment: await editComment(actor, params.id, body) }),
});

export const remove = endpoint({
  id: "comments.delete", method: "DELETE", path: "/api/comments/{id}", tag: "Comments", summary: "Delete your own comment (admins: anyone's)", minRole: "editor",
  description: "A first comment with replies stays as a \"comment deleted\" placeholder.",
  response: jsonResponse(deletedCommentResponseSchema, "`{ comment: { id, deletedAt } }`"), errors: [404],
  handle: async ({ actor, params }) => ({ comment: await deleteComment(actor, params.id) }),
});

export const resolve = endpoint({
  id: "comments.resolve", method: "POST", path: "/api/comments/{id}/resolve", tag: "Comments", summary: "Resolve or reopen a thread", minRole: "editor", body: resolveThreadSchema,
  description: "Any comment of the thread may be named; the state is kept on its first comment.",
  response: jsonResponse(threadStateResponseSchema, "`{ thread: { rootId, resolvedAt, resolvedBy } }`"), errors: [400, 404, 422],
  handle: async ({ actor, params, body }) => ({ thread: await resolveCommentThread(actor, params.id, body) }),
});

export const mentions = endpoint({
  id: "comments.mentions", method: "GET", path: "/api/mentions", tag: "Comments", summary: "Your mentions, unread first", minRole: "viewer",
  response: jsonResponse(mentionsResponseSchema, "`{ mentions: [{ id, readAt, author, excerpt, claim, article, href }], unreadCount }`"),
  handle: ({ actor }) => listMentions(actor),
});

export const mentionRead = endpoint({
  id: "comments.mentionRead", method: "POST", path: "/api/mentions/{id}/read", tag: "Comments", summary: "Mark one of your mentions read", minRole: "viewer",
  response: jsonResponse(mentionReadResponseSchema, "`{ mention: { id, readAt } }`"), errors: [404],
  handle: async ({ actor, params }) => ({ mention: await markMentionRead(actor, params.id) }),
});

export const markdownPreview = endpoint({
  id: "comments.markdownPreview", method: "POST", path: "/api/markdown/preview", tag: "Comments", summary: "Render Markdown (a rationale or comment) as safe HTML", minRole: "viewer", body: markdownPreviewSchema,
  description: "The one server-side renderer every view and export uses: raw HTML is shown as text, images become links, only http(s) and mailto links survive. At most 20,000 characters.",
  response: jsonResponse(markdownPreviewResponseSchema, "`{ html }`"), errors: [400, 413, 422],
  handle: async ({ actor, body }) => previewMarkdown(actor, body),
});

export const commentEndpoints = [list, create, edit, remove, resolve, mentions, mentionRead, markdownPreview];
