import { z } from "zod";
import { idParam } from "./common";

export const COMMENT_MAX = 10_000;

/** A comment's text; also the limit on comments in an imported file. */
export const commentBodySchema = z
  .string({ error: "The comment must be text." })
  .trim()
  .min(1, "Write something first: the comment is empty.")
  .max(COMMENT_MAX, `A comment is limited to ${COMMENT_MAX.toLocaleString("en-US")} characters; split it or link to a document.`);

const body = commentBodySchema;

export const createCommentSchema = z.object({
  body,
  /** Reply to this comment; replies always attach to the thread's first comment. */
  parentId: idParam.nullable().optional(),
});
export type CreateCommentInput = z.input<typeof createCommentSchema>;

export const editCommentSchema = z.object({ body });
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const resolveThreadSchema = z.object({ resolved: z.boolean({ error: "resolved must be true or false." }) });
export type ResolveThreadInput = z.input<typeof resolveThreadSchema>;
