import { z } from "zod";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_KINDS = ["articles", "claims", "sources", "comments"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** GET /api/search?q=…: whatever was typed is searched for as text (see lib/search). */
export const searchQuerySchema = z.object({
  q: z.string().max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters.`).default(""),
  /** Only one group of results, e.g. for "more claims". */
  kind: z.enum(SEARCH_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

/** Copy a prior fact-check's sources (and, if asked, its verdict as a draft) onto a claim. */
export const copyFromClaimSchema = z.object({
  fromClaimId: z.string({ error: "fromClaimId is required." }).min(1).max(64),
  version: z.number({ error: "version is required: send the claim version you started from." }).int().positive(),
  includeVerdict: z.boolean().optional(),
});
export type CopyFromClaimInput = z.input<typeof copyFromClaimSchema>;
