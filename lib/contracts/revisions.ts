import { z } from "zod";
import type { ReanchorSummary, RevisionSummaryView } from "@/lib/revisions";
import { isoString, personRefSchema } from "./common";
import { articleViewSchema, type ArticleView } from "./articles";

/** Revisions and suggestions: request schemas (lib/validation) and their views. */
export { saveRevisionSchema, revisionDiffQuerySchema, dismissSuggestionSchema, type SaveRevisionInput, type RevisionDiffQuery, type DismissSuggestionInput } from "@/lib/validation/revision";

export const reanchorSummarySchema = z.object({ kept: z.number().int(), changed: z.number().int(), orphaned: z.number().int(), approvalsWithdrawn: z.number().int().optional() });
export const revisionSummarySchema = z.object({ number: z.number().int(), note: z.string().nullable(), createdBy: personRefSchema, createdAt: isoString, reanchor: reanchorSummarySchema.nullable() });

export interface SaveRevisionResult {
  article: ArticleView;
  revision: RevisionSummaryView;
  summary: ReanchorSummary;
  /** "42 claims kept, 2 changed, 1 orphaned" */
  message: string;
}

export const saveRevisionResultSchema: z.ZodType<SaveRevisionResult> = z.object({
  article: articleViewSchema,
  revision: revisionSummarySchema,
  summary: reanchorSummarySchema,
  message: z.string(),
});

export const revisionListSchema = z.object({
  article: z.object({ id: z.string(), title: z.string(), version: z.number().int(), revisionNumber: z.number().int() }),
  revisions: z.array(revisionSummarySchema),
});

export const revisionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  parts: z.array(z.object({ kind: z.enum(["equal", "insert", "delete"]), text: z.string() })),
  insertedWords: z.number().int(),
  deletedWords: z.number().int(),
});

export const revisionResponseSchema = z.object({
  revision: revisionSummarySchema.extend({ articleId: z.string(), doc: z.unknown(), text: z.string(), articleTitle: z.string(), latest: z.number().int() }),
});

/** A check-worthy sentence not yet marked, with the anchor to create a claim from it. */
export interface SuggestionView {
  key: string;
  /** The sentence; also the `exact` of the claim an editor would create from it. */
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** Check-worthiness in 0..1. */
  score: number;
  reasons: string[];
}

export interface SuggestionsResult {
  articleId: string;
  /** The article version the offsets refer to. */
  version: number;
  suggestions: SuggestionView[];
}

export const suggestionViewSchema: z.ZodType<SuggestionView> = z.object({
  key: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  prefix: z.string(),
  suffix: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export const suggestionsResultSchema: z.ZodType<SuggestionsResult> = z.object({ articleId: z.string(), version: z.number().int(), suggestions: z.array(suggestionViewSchema) });
export const dismissedSuggestionSchema = z.object({ key: z.string(), dismissed: z.literal(true) });
export const restoredSuggestionSchema = z.object({ key: z.string(), dismissed: z.literal(false) });
