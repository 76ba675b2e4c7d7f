import { z } from "zod";
import { anchorStatusSchema, reviewStateSchema, stanceSchema, type ReviewState, type Stance, type Verdict } from "@/lib/domain/enums";
import type { ClaimAnchor } from "@/lib/revisions/reanchor-plan";
import { isoString, personRefSchema, type PersonRef } from "./common";

/**
 * Claims: request schemas (defined in lib/validation, re-exported here) and the claim views.
 * The views are declared here and only here: lib/data/claims.ts maps rows to them and imports
 * these types (tests/unit/architecture/view-types-declared-once.test.ts).
 */
export {
  createClaimSchema, updateClaimSchema, linkSourceSchema, QUOTE_MAX,
  type CreateClaimInput, type UpdateClaimInput, type LinkSourceInput,
} from "@/lib/validation/claim";
export { revertClaimSchema, historyQuerySchema, type RevertClaimInput, type HistoryQuery } from "@/lib/validation/collaboration";
export { copyFromClaimSchema, type CopyFromClaimInput } from "@/lib/validation/search";
export type { PersonRef };

export interface LinkedSourceView {
  sourceId: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: Stance;
  accessedAt: string | null;
  archiveUrl: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Factdesk's own newest archived copy of the source (view it at /archives/{id}). */
  archiveId: string | null;
  archivedAt: string | null;
  linkedAt: string;
}

/** The reviewer's note from a send-back or reopen: the editor sees it until they resubmit. */
export interface ReviewNoteView {
  action: "send_back" | "reopen";
  note: string;
  by: PersonRef | null;
  at: string;
}

/** A claim as the API answers it; its place in the text is the one anchor type, ClaimAnchor. */
export interface ClaimView extends ClaimAnchor {
  id: string;
  articleId: string;
  claimant: string | null;
  normalized: string | null;
  verdict: Verdict;
  rationale: string;
  reviewState: ReviewState;
  assignee: PersonRef | null;
  verdictSetBy: PersonRef | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  version: number;
  createdBy: PersonRef;
  updatedBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  sources: LinkedSourceView[];
  commentCount: number;
  /** Set while an open claim carries a reviewer's send-back or reopen note. */
  reviewNote?: ReviewNoteView | null;
}

export const linkedSourceViewSchema: z.ZodType<LinkedSourceView> = z.object({
  sourceId: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: stanceSchema,
  accessedAt: z.string().nullable(),
  archiveUrl: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  archiveId: z.string().nullable(),
  archivedAt: z.string().nullable(),
  linkedAt: isoString,
});

export const reviewNoteViewSchema: z.ZodType<ReviewNoteView> = z.object({
  action: z.enum(["send_back", "reopen"]),
  note: z.string(),
  by: personRefSchema.nullable(),
  at: isoString,
});

export const claimViewSchema: z.ZodType<ClaimView> = z.object({
  id: z.string(),
  articleId: z.string(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  anchorStatus: anchorStatusSchema,
  previousExact: z.string().nullable(),
  claimant: z.string().nullable(),
  normalized: z.string().nullable(),
  verdict: z.string(),
  rationale: z.string(),
  reviewState: reviewStateSchema,
  assignee: personRefSchema.nullable(),
  verdictSetBy: personRefSchema.nullable(),
  approvedBy: personRefSchema.nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
  createdBy: personRefSchema,
  updatedBy: personRefSchema,
  createdAt: isoString,
  updatedAt: isoString,
  deletedAt: z.string().nullable(),
  sources: z.array(linkedSourceViewSchema),
  commentCount: z.number().int(),
  reviewNote: reviewNoteViewSchema.nullable().optional(),
});

/** `{ claim }`: what most claim writes answer. */
export const claimResponseSchema = z.object({ claim: claimViewSchema });
export type ClaimResponse = z.output<typeof claimResponseSchema>;

export const updateClaimResponseSchema = z.object({
  claim: claimViewSchema,
  rebased: z.boolean(),
  /** Who made the edit this one was merged with, when rebased. */
  mergedWith: z.string().nullable(),
});
export type UpdateClaimResponse = z.output<typeof updateClaimResponseSchema>;

export interface SimilarClaimView {
  claim: ClaimView;
  article: { id: string; title: string; publisher: string | null };
  /** Similarity in 0..1 (lib/suggest/similar/rank.ts); higher is more alike. */
  score: number;
  /** Whether the two claims state the same numbers: "differ" means check before reusing. */
  numbers: "same" | "differ" | "none";
}

export const similarClaimViewSchema: z.ZodType<SimilarClaimView> = z.object({
  claim: claimViewSchema,
  article: z.object({ id: z.string(), title: z.string(), publisher: z.string().nullable() }),
  score: z.number(),
  numbers: z.enum(["same", "differ", "none"]),
});
export const similarClaimsResponseSchema = z.object({ claimId: z.string(), similar: z.array(similarClaimViewSchema) });

export interface CopyFromClaimResult {
  claim: ClaimView;
  copied: { sources: number; alreadyLinked: number; verdict: boolean };
}

export const copyFromClaimResultSchema: z.ZodType<CopyFromClaimResult> = z.object({
  claim: claimViewSchema,
  copied: z.object({ sources: z.number().int(), alreadyLinked: z.number().int(), verdict: z.boolean() }),
});

/** One line of a claim's imported history, as the History tab shows it. */
export interface ImportedHistoryView {
  type: string;
  /** The name the file gives, as text; null when the file names nobody. */
  actor: string | null;
  createdAt: string;
  /** "approved a claim" */
  action: string;
  /** "verdict: unchecked → disputed" */
  changes: string[];
  note: string | null;
}

export const importedHistoryViewSchema: z.ZodType<ImportedHistoryView> = z.object({
  type: z.string(),
  actor: z.string().nullable(),
  createdAt: z.string(),
  action: z.string(),
  changes: z.array(z.string()),
  note: z.string().nullable(),
});

/** One change in a history page (lib/realtime/history-entry.ts). */
export const historyEntrySchema = z.object({
  id: z.number().int(),
  type: z.string(),
  actor: personRefSchema.nullable(),
  claimId: z.string().nullable(),
  /** The claim's quote, when known (activity lists name the claim). */
  claimExact: z.string().nullable(),
  targetType: z.string(),
  targetId: z.string(),
  createdAt: isoString,
  note: z.string().nullable(),
  /** "set a verdict: disputed" (follows the actor's name). */
  action: z.string(),
  /** ["verdict: unchecked → disputed", "rationale changed"]. */
  changes: z.array(z.string()),
  /** Claim fields that can be set back to their value before this change. */
  revertable: z.array(z.string()),
});

export const claimHistoryResponseSchema = z.object({
  events: z.array(historyEntrySchema),
  imported: z.array(importedHistoryViewSchema),
  nextBefore: z.number().int().nullable(),
});

export const revertClaimResponseSchema = z.object({ claim: claimViewSchema, reverted: z.boolean() });
export const acceptWordingResponseSchema = z.object({ claim: claimViewSchema, accepted: z.boolean() });
