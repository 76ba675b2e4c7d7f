/**
 * What saving a new article text does to each claim, decided without a database: the
 * anchoring library places every claim on the new text, and this turns its answers into
 * row updates, audit events and the summary shown to the editor ("42 claims kept, 2
 * changed, 1 orphaned"). Nothing is ever dropped: a claim that cannot be placed keeps its
 * last quote and position and is flagged as an orphan.
 */
import { reanchorClaims, type Anchor, type ReanchorOptions } from "@/lib/anchoring";
import type { AnchorStatus } from "@/lib/domain/enums";

/**
 * A claim's place in its article's text, as stored: the quote and position selectors, whether
 * they still hold after the last revision, and the words before a change. The one anchor type
 * (issue 16): ClaimView, the re-anchoring plan and the claim store all use it.
 */
export interface ClaimAnchor extends Anchor {
  anchorStatus: AnchorStatus;
  previousExact: string | null;
}

export interface StoredClaimAnchor extends ClaimAnchor {
  id: string;
}

export type ReanchorOutcome = "kept" | "changed" | "orphaned";

export interface ClaimAnchorUpdate {
  id: string;
  outcome: ReanchorOutcome;
  /** The new stored values (all anchor fields, so the write is a plain overwrite). */
  data: Omit<StoredClaimAnchor, "id">;
  /**
   * True when the claim's status or quoted words changed: its version is bumped (a
   * concurrent edit to it must be looked at again) and a `claim.reanchored` event is
   * written. A claim that merely moved with the text changes neither.
   */
  significant: boolean;
  before: Omit<StoredClaimAnchor, "id" | "prefix" | "suffix">;
  /** Why an orphan could not be placed, in words an editor can act on. */
  reason: string | null;
}

export interface ReanchorSummary {
  kept: number;
  changed: number;
  orphaned: number;
  /**
   * Approved claims whose words this revision changed or removed: sent back to review
   * (see review-withdrawal.ts). Absent in summaries stored before it was counted.
   */
  approvalsWithdrawn?: number;
}

export interface ReanchorPlan {
  /** Only claims whose stored anchor differs from what it must become. */
  updates: ClaimAnchorUpdate[];
  summary: ReanchorSummary;
}

const sameData = (a: Omit<StoredClaimAnchor, "id">, b: Omit<StoredClaimAnchor, "id">) =>
  a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end &&
  a.anchorStatus === b.anchorStatus && a.previousExact === b.previousExact;

/**
 * Plans the re-anchoring of `claims` from `oldText` to `newText`.
 *
 * Status rules: an orphan stays where it was last seen. A placed claim is "changed" while
 * it carries a `previousExact`, the quote its verdict was given on: the first time its
 * words change that quote is remembered, and it is kept through further changes until
 * someone re-selects the span (PATCH span resets it). If the words change back to that
 * quote, the claim is simply "anchored" again.
 */
export function planReanchor(
  oldText: string,
  newText: string,
  claims: readonly StoredClaimAnchor[],
  options: Omit<ReanchorOptions, "oldText"> = {},
): ReanchorPlan {
  const results = reanchorClaims(newText, claims, { ...options, oldText });
  const summary: ReanchorSummary = { kept: 0, changed: 0, orphaned: 0 };
  const updates: ClaimAnchorUpdate[] = [];
  results.forEach((r, i) => {
    const claim = claims[i];
    const current: Omit<StoredClaimAnchor, "id"> = {
      exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end,
      anchorStatus: claim.anchorStatus, previousExact: claim.previousExact,
    };
    let outcome: ReanchorOutcome;
    let data: Omit<StoredClaimAnchor, "id">;
    let reason: string | null = null;
    if (!r.anchor) {
      outcome = "orphaned";
      reason = r.result.status === "orphan" ? r.result.reason : "The quoted text could not be found.";
      data = { ...current, anchorStatus: "orphan" };
    } else {
      // Other numbers are another claim however alike the words: never kept (numbers.ts).
      outcome = r.anchor.exact === claim.exact && !r.numbersChanged ? "kept" : "changed";
      const remembered = outcome === "changed" ? (claim.previousExact ?? claim.exact) : claim.previousExact;
      const previousExact = remembered === r.anchor.exact ? null : remembered;
      data = { ...r.anchor, anchorStatus: previousExact === null ? "anchored" : "changed", previousExact };
    }
    summary[outcome] += 1;
    if (sameData(current, data)) return;
    updates.push({
      id: claim.id,
      outcome,
      data,
      significant: data.anchorStatus !== current.anchorStatus || data.exact !== current.exact,
      before: { exact: claim.exact, start: claim.start, end: claim.end, anchorStatus: claim.anchorStatus, previousExact: claim.previousExact },
      reason,
    });
  });
  return { updates, summary };
}

const claimsWord = (n: number) => (n === 1 ? "claim" : "claims");

/** "42 claims kept, 2 changed, 1 orphaned" — or a plain sentence when there are none. */
export function formatReanchorSummary(s: ReanchorSummary): string {
  const total = s.kept + s.changed + s.orphaned;
  if (total === 0) return "No claims to re-anchor.";
  const counts = `${s.kept} ${claimsWord(s.kept)} kept, ${s.changed} changed, ${s.orphaned} orphaned`;
  const withdrawn = s.approvalsWithdrawn ?? 0;
  if (withdrawn === 0) return counts;
  return `${counts}; ${withdrawn} ${withdrawn === 1 ? "approval" : "approvals"} withdrawn (back to review)`;
}
