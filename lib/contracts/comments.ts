import { z } from "zod";
import { isoString, personRefSchema } from "./common";

/** Comments and mentions: request schemas (lib/validation) and the comment views. */
export { createCommentSchema, editCommentSchema, resolveThreadSchema, type CreateCommentInput, type EditCommentInput, type ResolveThreadInput } from "@/lib/validation/comment";
export { markdownPreviewSchema, type MarkdownPreviewInput } from "@/lib/validation/markdown";

export interface CommentView {
  id: string;
  claimId: string;
  parentId: string | null;
  /** Null once deleted: a deleted comment shows as a placeholder, never its text. */
  author: { id: string; name: string } | null;
  body: string;
  /** The body as sanitised HTML (Markdown, http(s) links only, no raw HTML). */
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  mentions: { id: string; name: string }[];
}

export interface ThreadView {
  root: CommentView;
  replies: CommentView[];
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
}

export const commentViewSchema: z.ZodType<CommentView> = z.object({
  id: z.string(),
  claimId: z.string(),
  parentId: z.string().nullable(),
  author: personRefSchema.nullable(),
  body: z.string(),
  bodyHtml: z.string(),
  createdAt: isoString,
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  mentions: z.array(personRefSchema),
});

export const threadViewSchema: z.ZodType<ThreadView> = z.object({
  root: commentViewSchema,
  replies: z.array(commentViewSchema),
  resolvedAt: z.string().nullable(),
  resolvedBy: personRefSchema.nullable(),
});

export const threadsResponseSchema = z.object({ threads: z.array(threadViewSchema) });
export const commentResponseSchema = z.object({ comment: commentViewSchema });
export const deletedCommentResponseSchema = z.object({ comment: z.object({ id: z.string(), deletedAt: isoString }) });
export const threadStateResponseSchema = z.object({ thread: z.object({ rootId: z.string(), resolvedAt: z.string().nullable(), resolvedBy: personRefSchema.nullable() }) });

export interface MentionView {
  id: string;
  readAt: string | null;
  createdAt: string;
  author: { id: string; name: string };
  /** The start of the comment, as plain text. */
  excerpt: string;
  commentId: string;
  claim: { id: string; exact: string };
  article: { id: string; title: string };
  /** Where the mention points: the workbench, scrolled to the claim. */
  href: string;
}

export const mentionViewSchema: z.ZodType<MentionView> = z.object({
  id: z.string(),
  readAt: z.string().nullable(),
  createdAt: isoString,
  author: personRefSchema,
  excerpt: z.string(),
  commentId: z.string(),
  claim: z.object({ id: z.string(), exact: z.string() }),
  article: z.object({ id: z.string(), title: z.string() }),
  href: z.string(),
});
export const mentionsResponseSchema = z.object({ mentions: z.array(mentionViewSchema), unreadCount: z.number().int() });
export const mentionReadResponseSchema = z.object({ mention: z.object({ id: z.string(), readAt: isoString }) });
export const markdownPreviewResponseSchema = z.object({ html: z.string() });
