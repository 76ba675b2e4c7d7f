import { z } from "zod";
import { RATIONALE_MAX } from "./claim";

/** POST /api/markdown/preview: the longest Markdown field (a rationale) and no more. */
export const markdownPreviewSchema = z.object({
  markdown: z.string({ error: "markdown must be text." }).max(RATIONALE_MAX, `markdown is too long (limit ${RATIONALE_MAX.toLocaleString("en-US")} characters).`),
});
export type MarkdownPreviewInput = z.output<typeof markdownPreviewSchema>;
