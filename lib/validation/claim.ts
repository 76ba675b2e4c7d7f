import { z } from "zod";
import { stanceSchema, verdictSchema } from "@/lib/domain/enums";
import { httpUrl, optionalDate, optionalHttpUrl, optionalText, text } from "./common";

export const QUOTE_MAX = 5_000;
export const RATIONALE_MAX = 20_000;
/** Limits shared with the factdesk/1 import (lib/export/factdesk-schema.ts): one source of truth. */
export const ANCHOR_CONTEXT_MAX = 200;
export const CLAIMANT_MAX = 300;
export const NORMALIZED_MAX = 500;
export const SOURCE_TITLE_MAX = 500;
export const PUBLISHER_MAX = 200;
export const EXCERPT_MAX = 5_000;

const offset = (label: string) => z.number({ error: `${label} must be a number.` }).int(`${label} must be a whole number.`).min(0, `${label} cannot be negative.`);

export const anchorInputSchema = z
  .object({
    exact: z.string({ error: "exact must be text." }).min(1, "Select some text first: the quote is empty.").max(QUOTE_MAX, `A claim quote is limited to ${QUOTE_MAX.toLocaleString("en-US")} characters.`),
    prefix: z.string().max(ANCHOR_CONTEXT_MAX).optional(),
    suffix: z.string().max(ANCHOR_CONTEXT_MAX).optional(),
    start: offset("start").optional(),
    end: offset("end").optional(),
  })
  .refine((a) => a.exact.trim().length > 0, { message: "The selection is only whitespace: select the words of the claim.", path: ["exact"] })
  .refine((a) => a.start === undefined || a.end === undefined || a.end > a.start, { message: "end must be after start.", path: ["end"] });

const claimFields = {
  claimant: optionalText("Claimant", CLAIMANT_MAX),
  normalized: optionalText("Normalised claim", NORMALIZED_MAX),
  verdict: verdictSchema.optional(),
  rationale: text("Rationale", RATIONALE_MAX).optional(),
};

export const createClaimSchema = anchorInputSchema.and(z.object(claimFields));
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const updateClaimSchema = z.object({
  version: z.number({ error: "version is required: send the version you started from." }).int().positive(),
  ...claimFields,
  assigneeId: z.string().max(64).nullable().optional(),
  /** Re-select the claim's span ("Update span"). */
  span: anchorInputSchema.optional(),
  /**
   * The values the client started from for the fields it changes. When the version is stale
   * but none of these fields changed in between, the edit is re-based instead of refused.
   */
  base: z
    .object({ claimant: z.string().nullable(), normalized: z.string().nullable(), verdict: z.string(), rationale: z.string(), assigneeId: z.string().nullable() })
    .partial()
    .optional(),
});
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;

/**
 * Link a source to a claim: either an existing source (`sourceId`, reused, stored once) or a
 * new one by URL. A URL already known to Factdesk reuses that source too.
 */
export const linkSourceSchema = z
  .object({
    sourceId: z.string().min(1).max(64).optional(),
    url: httpUrl("Source URL").optional(),
    title: text("Source title", 500).optional(),
    publisher: optionalText("Publisher", 200),
    author: optionalText("Author", 300),
    publishedAt: optionalDate("Publication date"),
    excerpt: optionalText("Excerpt", 5_000),
    accessedAt: optionalDate("Accessed date"),
    archiveUrl: optionalHttpUrl("Archive URL"),
    stance: stanceSchema,
  })
  .superRefine((v, ctx) => {
    if (v.sourceId) return;
    if (!v.url) ctx.addIssue({ code: "custom", path: ["url"], message: "Source URL is required." });
    if (!v.title) ctx.addIssue({ code: "custom", path: ["title"], message: "Source title is required." });
  });
export type LinkSourceInput = z.input<typeof linkSourceSchema>;

/** Accept the article's new words under a claim whose text changed in a revision. */
export const acceptClaimWordingSchema = z.object({
  version: z.number({ error: "version is required: send the version you started from." }).int().positive(),
});
export type AcceptClaimWordingInput = z.input<typeof acceptClaimWordingSchema>;
