import type { Verdict } from "@/lib/domain/enums";
import { DEFAULT_RATING_SCALE, verdictDisplay, verdictKeys, type RatingScale, type VerdictDisplay } from "@/lib/domain/rating-scale";
import { REVIEW_STATE_LABEL } from "@/lib/domain/verdicts";
import { formatDateTime } from "./dates";
import type { ExportArticle, ExportClaim, ExportInput, ExportOptions } from "./types";

/**
 * The view of an article that every report format shares: which claims are in it, how
 * they are numbered, and the verdict summary. Computing it once here keeps HTML, PDF,
 * Markdown and the data formats in agreement about numbering and drafts.
 */
export interface ReportClaim extends ExportClaim {
  /** True when the claim is not approved; only possible with includeDrafts. */
  draft: boolean;
  /** The verdict as the newsroom's scale shows it (words, letter, colour). */
  rating: VerdictDisplay;
}

export interface VerdictCount {
  verdict: Verdict;
  rating: VerdictDisplay;
  count: number;
}

export interface Report {
  article: ExportArticle;
  claims: ReportClaim[];
  summary: VerdictCount[];
  draftCount: number;
  includeDrafts: boolean;
  /** Internal reports name the staff (who created, assigned, approved); reader reports do not. */
  internal: boolean;
  /** The newsroom's rating scale every verdict is shown with. */
  scale: RatingScale;
}

/** The scale an export uses: the newsroom's, or the default five verdicts when none is given. */
export function scaleOf(options: Pick<ExportOptions, "ratingScale">): RatingScale {
  return options.ratingScale ?? DEFAULT_RATING_SCALE;
}

export function isDraft(claim: Pick<ExportClaim, "reviewState">): boolean {
  return claim.reviewState !== "approved";
}

function byDocumentOrder(a: ExportClaim, b: ExportClaim): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * The claims a report contains, in document order and numbered 1..n among themselves.
 * Default: approved claims only, because an export leaves the newsroom and unreviewed
 * work must not. includeDrafts: every claim, each unapproved one flagged as a draft.
 */
export function filterClaims(input: ExportInput, options: Pick<ExportOptions, "includeDrafts" | "ratingScale">): ReportClaim[] {
  const scale = scaleOf(options);
  const kept = options.includeDrafts ? input.claims : input.claims.filter((c) => !isDraft(c));
  // Array.prototype.sort is stable, so claims with identical ranges keep their input order.
  return [...kept].sort(byDocumentOrder).map((claim, index) => ({
    ...claim,
    number: index + 1,
    draft: isDraft(claim),
    rating: verdictDisplay(scale, claim.verdict),
  }));
}

/**
 * Counts per verdict in the scale's order (unchecked first), leaving out verdicts with no
 * claims; a key the scale lacks (never expected: removed keys are moved) comes last.
 */
export function summariseVerdicts(claims: readonly ExportClaim[], scale: RatingScale = DEFAULT_RATING_SCALE): VerdictCount[] {
  const counts = new Map<Verdict, number>();
  for (const claim of claims) counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  const known = verdictKeys(scale);
  const order = [...known, ...[...counts.keys()].filter((k) => !known.includes(k))];
  return order.filter((v) => counts.has(v)).map((verdict) => ({
    verdict,
    rating: verdictDisplay(scale, verdict),
    count: counts.get(verdict) ?? 0,
  }));
}

export function buildReport(input: ExportInput, options: ExportOptions): Report {
  const claims = filterClaims(input, options);
  return {
    article: input.article,
    claims,
    summary: summariseVerdicts(claims, scaleOf(options)),
    draftCount: claims.filter((c) => c.draft).length,
    includeDrafts: options.includeDrafts,
    internal: options.audience === "internal",
    scale: scaleOf(options),
  };
}

/** "False (F)": the verdict in words and letter, so meaning never rests on colour. */
export function verdictText(rating: Pick<VerdictDisplay, "label" | "letter">): string {
  return `${rating.label} (${rating.letter})`;
}

/** Whether a claim's offsets can be shown in the article text as it is now. */
export function isPlaceable(claim: ExportClaim, textLength: number): boolean {
  return (
    claim.anchorStatus !== "orphan" &&
    Number.isInteger(claim.start) &&
    Number.isInteger(claim.end) &&
    claim.start >= 0 &&
    claim.end > claim.start &&
    claim.end <= textLength
  );
}

/** The warning every human format prints when drafts are included. */
export function draftNotice(draftCount: number): string {
  return draftCount === 1
    ? "This report includes 1 unapproved claim, marked Draft. It has not been reviewed and must not be published."
    : `This report includes ${draftCount} unapproved claims, marked Draft. They have not been reviewed and must not be published.`;
}

/** "5 claims checked, of which 1 is a draft." */
export function summarySentence(report: Pick<Report, "claims" | "draftCount">): string {
  const total = report.claims.length;
  const n = report.draftCount;
  const drafts = n > 0 ? `, of which ${n} ${n === 1 ? "is a draft" : "are drafts"}` : "";
  return `${total} ${total === 1 ? "claim" : "claims"} checked${drafts}.`;
}

/**
 * The review status line. Readers learn that a second person approved the check and when;
 * only an internal report names the reviewer.
 */
export function reviewLine(claim: ReportClaim, internal: boolean): string {
  if (claim.reviewState !== "approved") return `${REVIEW_STATE_LABEL[claim.reviewState]}, not approved`;
  const when = claim.approvedAt ? ` on ${formatDateTime(claim.approvedAt)}` : "";
  if (!internal) return `Reviewed and approved${when}`;
  return claim.approvedBy ? `Approved by ${claim.approvedBy.name}${when}` : `Approved${when}`;
}

/** "assigned to Ana; created by Rui": staff names, for internal reports only. */
export function teamLine(claim: ReportClaim): string {
  return [claim.assignee ? `assigned to ${claim.assignee.name}` : "", `created by ${claim.createdBy.name}`].filter(Boolean).join("; ");
}
