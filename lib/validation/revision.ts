import { z } from "zod";
import { ARTICLE_BODY_MAX, BODY_FORMATS } from "./article";
import { optionalText } from "./common";

export const REVISION_NOTE_MAX = 500;

/**
 * Save a new version of an article's text: either a pasted/uploaded `body` (text, Markdown
 * or HTML, as when creating an article) or the editor's `doc` (Tiptap JSON), never both.
 */
export const saveRevisionSchema = z
  .object({
    version: z
      .number({ error: "version is required: send the article version you started from." })
      .int("version must be a whole number.")
      .positive("version must be positive."),
    body: z
      .string({ error: "Body must be text." })
      .max(ARTICLE_BODY_MAX, `The new version is too long (limit ${ARTICLE_BODY_MAX.toLocaleString("en-US")} characters). Split the article or remove material that is not part of it.`)
      .optional(),
    bodyFormat: z.enum(BODY_FORMATS, { error: 'bodyFormat must be "text", "markdown" or "html".' }).default("text"),
    /** Tiptap JSON from the editor; checked against the StarterKit schema by the use case. */
    doc: z.record(z.string(), z.unknown(), { error: "doc must be a Tiptap JSON document." }).optional(),
    note: optionalText("Note", REVISION_NOTE_MAX),
    /** Saving an empty text orphans every claim, so it must be asked for explicitly. */
    confirmEmpty: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.body === undefined && v.doc === undefined) ctx.addIssue({ code: "custom", path: ["body"], message: "Paste or upload the new text (or send the editor's doc)." });
    if (v.body !== undefined && v.doc !== undefined) ctx.addIssue({ code: "custom", path: ["doc"], message: "Send either body or doc, not both." });
  });
export type SaveRevisionInput = z.input<typeof saveRevisionSchema>;

const revisionNumber = (label: string) =>
  z.coerce.number({ error: `${label} must be a revision number.` }).int(`${label} must be a whole number.`).positive(`${label} must be 1 or more.`);

export const revisionNumberParam = revisionNumber("The revision");

export const revisionDiffQuerySchema = z.object({ from: revisionNumber("from"), to: revisionNumber("to") });
export type RevisionDiffQuery = z.input<typeof revisionDiffQuerySchema>;

/** Check-worthiness suggestion keys, as lib/suggest's claimKey makes them. */
export const dismissSuggestionSchema = z.object({
  key: z.string({ error: "key is required." }).regex(/^cw-[0-9a-f]{1,16}$/, "Not a suggestion key (expected cw-…)."),
});
export type DismissSuggestionInput = z.input<typeof dismissSuggestionSchema>;
