import type { DefaultVerdict } from "./enums";

/**
 * How Factdesk verdicts appear on schema.org's numeric Rating scale in ClaimReview.
 *
 * Google's fact-check guidelines read `alternateName` (the verdict's words) as the rating
 * people see; the number is for machines, and "the closer to bestRating, the more true".
 * So the number must only order verdicts by truthfulness:
 *
 *   verdict       value  why
 *   false           1    contradicted by the evidence: the bottom of the scale
 *   misleading      2    partly accurate, but the overall impression is false
 *   disputed        3    credible evidence on both sides: the honest midpoint
 *   verified        5    accurate and supported; 4 stays free for a future "mostly true"
 *   unverifiable   null  published with its words only (no ratingValue): placing "we could
 *                        not tell" at 3 would make it indistinguishable from "disputed" for
 *                        any consumer that aggregates the numbers
 *   unchecked      null  never reaches ClaimReview: an unchecked claim cannot be approved,
 *                        and only approved claims are exported
 */
export const CLAIMREVIEW_WORST_RATING = 1;
export const CLAIMREVIEW_BEST_RATING = 5;

export const CLAIMREVIEW_RATING: Record<DefaultVerdict, number | null> = {
  false: 1,
  misleading: 2,
  disputed: 3,
  verified: 5,
  unverifiable: null,
  unchecked: null,
};

/** The numeric rating for a verdict, or null when the verdict is published as words only. */
export function claimReviewRatingValue(verdict: string): number | null {
  return CLAIMREVIEW_RATING[verdict as DefaultVerdict] ?? null;
}
