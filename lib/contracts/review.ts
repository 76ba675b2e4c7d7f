import { z } from "zod";
import { reviewStateSchema, stanceSchema, type ReviewState, type Stance, type Verdict } from "@/lib/domain/enums";
import { isoString, personRefSchema, type PersonRef } from "./common";
import { reviewNoteViewSchema, type ReviewNoteView } from "./claims";

/** Review: request schemas (lib/validation) and the review queue's views. */
export {
  reviewActionSchema, bulkClaimsSchema, reviewQueueQuerySchema, exportQuerySchema, importArticleJsonSchema, importOptionsSchema, IMPORT_JSON_MAX_BYTES, QUEUE_PAGE_SIZES,
  type ReviewActionInput, type BulkClaimsInput, type ReviewQueueQuery, type ReviewQueueQueryInput, type QueueSort, type ExportQuery, type ImportOptionsInput,
} from "@/lib/validation/review";

export interface QueueItem {
  id: string;
  articleId: string;
  articleTitle: string;
  /** The quote, shortened to EXCERPT_LENGTH characters. */
  excerpt: string;
  claimant: string | null;
  normalized: string | null;
  verdict: Verdict;
  reviewState: ReviewState;
  assignee: PersonRef | null;
  verdictSetById: string | null;
  sourceCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The evidence a reviewer reads before approving (the row expands to show it). */
  rationale: string;
  sources: { url: string; title: string; stance: Stance }[];
  reviewNote: ReviewNoteView | null;
}

export const queueItemSchema: z.ZodType<QueueItem> = z.object({
  id: z.string(),
  articleId: z.string(),
  articleTitle: z.string(),
  excerpt: z.string(),
  claimant: z.string().nullable(),
  normalized: z.string().nullable(),
  verdict: z.string(),
  reviewState: reviewStateSchema,
  assignee: personRefSchema.nullable(),
  verdictSetById: z.string().nullable(),
  sourceCount: z.number().int(),
  version: z.number().int(),
  createdAt: isoString,
  updatedAt: isoString,
  rationale: z.string(),
  sources: z.array(z.object({ url: z.string(), title: z.string(), stance: stanceSchema })),
  reviewNote: reviewNoteViewSchema.nullable(),
});

export const reviewQueuePageSchema = z.object({
  items: z.array(queueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  pageCount: z.number().int(),
  query: z.record(z.string(), z.unknown()),
  fourEyes: z.boolean(),
});

export const bulkResultSchema = z.object({ done: z.array(z.string()), skipped: z.array(z.object({ id: z.string(), reason: z.string() })) });

export const importResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  claims: z.number().int(),
  orphaned: z.number().int(),
  unmatchedPeople: z.array(z.string()),
  approvalsKept: z.number().int(),
  approvalsRefused: z.array(z.object({ number: z.number().int(), reason: z.string() })),
  ratingScale: z.enum(["adopted", "kept", "none"]),
});
