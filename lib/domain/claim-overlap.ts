/**
 * Whether a new selection repeats or overlaps claims already marked, so the workbench can
 * warn before a second claim is stacked on the same words ("This text is already claim #3").
 * Claims may overlap and nest on purpose, so this informs; it never forbids.
 */
export type OverlapKind = "same" | "inside" | "contains" | "overlaps";

export interface SpanClaim {
  id: string;
  start: number;
  end: number;
  anchorStatus?: string;
}

export interface ClaimOverlap<C extends SpanClaim> {
  claim: C;
  /** 1-based position of the claim in reading order, as the claim list shows it. */
  number: number;
  kind: OverlapKind;
}

const RANK: Record<OverlapKind, number> = { same: 0, inside: 1, contains: 2, overlaps: 3 };

/**
 * The claims the span [start, end) touches, most alike first: the very same words, then a
 * claim the selection lies inside, then claims inside the selection, then partial overlaps.
 * `claims` must be in reading order (their numbers are their places in it); orphans, which
 * have no place in the text, are skipped.
 */
export function overlappingClaims<C extends SpanClaim>(span: { start: number; end: number }, claims: readonly C[]): ClaimOverlap<C>[] {
  const found: ClaimOverlap<C>[] = [];
  claims.forEach((claim, i) => {
    if (claim.anchorStatus === "orphan" || claim.end <= claim.start) return;
    if (claim.end <= span.start || claim.start >= span.end) return;
    const kind: OverlapKind =
      claim.start === span.start && claim.end === span.end ? "same"
      : claim.start <= span.start && claim.end >= span.end ? "inside"
      : claim.start >= span.start && claim.end <= span.end ? "contains"
      : "overlaps";
    found.push({ claim, number: i + 1, kind });
  });
  return found.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.number - b.number);
}

/** The warning's first sentence for the closest overlap. */
export function overlapMessage(first: ClaimOverlap<SpanClaim>, total: number): string {
  const more = total > 1 ? ` It also touches ${total - 1} other ${total - 1 === 1 ? "claim" : "claims"}.` : "";
  switch (first.kind) {
    case "same":
      return `This text is already claim #${first.number}.${more}`;
    case "inside":
      return `This text lies inside claim #${first.number}.${more}`;
    case "contains":
      return `This text contains claim #${first.number}.${more}`;
    default:
      return `This text overlaps claim #${first.number}.${more}`;
  }
}
