/**
 * What a new revision does to the review of claims whose words it changed. A reviewer
 * approved (or was asked to approve) particular words; when a revision changes them or
 * removes them, that approval no longer covers what would be published. Such a claim goes
 * (back) to `needs_review`, with the reason, old and new quote, for the reviewer to read.
 * Pure: the use case writes the rows and events.
 */
import type { ReviewState } from "@/lib/domain/enums";
import type { ClaimAnchorUpdate } from "./reanchor-plan";

export interface ReviewWithdrawal {
  id: string;
  from: ReviewState;
  /** "Text changed in revision 3: “old” → “new”" */
  reason: string;
}

/** Quotes in a reason are cut to this many characters: the event note is for reading, the anchor keeps the rest. */
const QUOTE_IN_REASON = 300;
const quoted = (s: string) => `“${s.length > QUOTE_IN_REASON ? `${s.slice(0, QUOTE_IN_REASON)}…` : s}”`;

/**
 * The claims a revision sends back to review: those approved or waiting for review whose
 * words came out changed or orphaned in this revision. A claim that merely moved, or that
 * was already changed/orphaned before and stays so, is left alone (its status did not
 * change in this revision, so a re-approval given since still stands).
 */
export function planReviewWithdrawals(
  updates: readonly ClaimAnchorUpdate[],
  reviewStates: ReadonlyMap<string, ReviewState>,
  revision: number,
): ReviewWithdrawal[] {
  const out: ReviewWithdrawal[] = [];
  for (const u of updates) {
    if (!u.significant || u.outcome === "kept") continue;
    const from = reviewStates.get(u.id);
    if (from !== "approved" && from !== "needs_review") continue;
    const what = u.outcome === "orphaned" ? `${quoted(u.before.exact)} is no longer in the article` : `${quoted(u.before.exact)} → ${quoted(u.data.exact)}`;
    out.push({ id: u.id, from, reason: `Text changed in revision ${revision}: ${what}` });
  }
  return out;
}
