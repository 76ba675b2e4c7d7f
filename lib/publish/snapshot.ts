import type { RatingLabel, RatingScale } from "@/lib/domain/rating-scale";
import { ratingLabel } from "@/lib/domain/rating-scale";
import type { Stance } from "@/lib/domain/enums";
import type { ExportInput } from "@/lib/export/types";

/**
 * The data of a public fact-check page, frozen at (re)publish time and stored as JSON.
 * It holds only what readers may see: approved claims, their ratings, rationales and
 * sources, and the organisation's profile. No staff names, no comments, no history, no
 * unapproved claim ever enters it, so nothing rendered from it can leak them.
 */
export interface PublishedSource {
  url: string;
  title: string;
  publisher: string | null;
  stance: Stance;
  excerpt: string | null;
  archiveUrl: string | null;
}

export interface PublishedClaim {
  /** Workbench id, used only to match claims across republishes (never rendered). */
  claimId: string;
  /** 1-based among the published claims, in document order: the page anchor is #claim-<n>. */
  number: number;
  quote: string;
  prefix: string;
  suffix: string;
  claimant: string | null;
  claimReviewed: string;
  rating: RatingLabel;
  rationale: string; // Markdown as written
  rationaleHtml: string; // sanitised HTML, rendered once at publish time
  reviewedOn: string; // ISO date the claim was approved
  sources: PublishedSource[];
}

export interface Organisation {
  name: string;
  url: string;
  logoUrl: string | null;
  methodology: string;
  correctionsPolicy: string;
}

export interface CorrectionChange {
  number: number;
  claimReviewed: string;
  kind: "rating" | "rationale" | "withdrawn";
  from?: string;
  to?: string;
}

export interface Correction {
  date: string; // ISO datetime of the republish
  note: string;
  changes: CorrectionChange[];
}

export interface PublishedFactCheck {
  slug: string;
  /** Public address at publish time (profile, else NEXTAUTH_URL): links in the page and its ClaimReview. */
  baseUrl: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  articleUrl: string | null;
  articlePublishedAt: string | null;
  /** BCP 47 tag when known; text blocks also carry dir="auto". */
  lang: string | null;
  organisation: Organisation;
  scale: { best: number; worst: number };
  claims: PublishedClaim[];
  corrections: Correction[];
  firstPublishedAt: string;
  /** Last substantive change (first publication or latest correction): ClaimReview dateModified. */
  modifiedAt: string;
  publishedAt: string;
  version: number;
}

export interface SnapshotContext {
  slug: string;
  baseUrl: string;
  organisation: Organisation;
  scale: RatingScale;
  now: string;
  renderRationale: (markdown: string) => string;
}

/** Builds the new snapshot's claims from the workbench: approved and rated claims only. */
export function publishedClaims(input: ExportInput, ctx: SnapshotContext): PublishedClaim[] {
  return input.claims
    .filter((c) => c.reviewState === "approved" && c.verdict !== "unchecked")
    .map((c, index) => ({
      claimId: c.id,
      number: index + 1,
      quote: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      claimant: c.claimant?.trim() || null,
      claimReviewed: c.normalized?.trim() || c.exact,
      rating: ratingLabel(ctx.scale, c.verdict),
      rationale: c.rationale,
      rationaleHtml: ctx.renderRationale(c.rationale),
      reviewedOn: (c.approvedAt ?? c.updatedAt).slice(0, 10),
      sources: c.sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, stance: s.stance, excerpt: s.excerpt, archiveUrl: s.archiveUrl })),
    }));
}

/**
 * What changed for readers between two snapshots: a rating or rationale of a claim that
 * stays, or a claim that is no longer published. New claims are additions, not corrections.
 */
export function correctionChanges(previous: PublishedClaim[], next: PublishedClaim[]): CorrectionChange[] {
  const byId = new Map(next.map((c) => [c.claimId, c]));
  const changes: CorrectionChange[] = [];
  for (const old of previous) {
    const now = byId.get(old.claimId);
    if (!now) {
      changes.push({ number: old.number, claimReviewed: old.claimReviewed, kind: "withdrawn", from: old.rating.label });
      continue;
    }
    if (now.rating.key !== old.rating.key || now.rating.label !== old.rating.label) {
      changes.push({ number: now.number, claimReviewed: now.claimReviewed, kind: "rating", from: old.rating.label, to: now.rating.label });
    }
    if (now.rationale.trim() !== old.rationale.trim()) {
      changes.push({ number: now.number, claimReviewed: now.claimReviewed, kind: "rationale" });
    }
  }
  return changes;
}

export interface SnapshotArticle {
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null;
}

/**
 * The next snapshot. With a previous one, its corrections log carries over and, when the
 * change list is not empty, a new correction with the caller's note is added (the caller
 * has already refused a republish without one).
 */
export function buildSnapshot(
  article: SnapshotArticle,
  claims: PublishedClaim[],
  ctx: SnapshotContext,
  previous: PublishedFactCheck | null,
  correction: { note: string; changes: CorrectionChange[] } | null,
): PublishedFactCheck {
  const corrections = [...(previous?.corrections ?? [])];
  if (correction && correction.changes.length > 0) corrections.push({ date: ctx.now, note: correction.note, changes: correction.changes });
  const changedForReaders = !previous || (correction?.changes.length ?? 0) > 0 || claims.length !== previous.claims.length;
  return {
    slug: ctx.slug,
    baseUrl: ctx.baseUrl,
    title: article.title,
    publisher: article.publisher,
    byline: article.byline,
    articleUrl: article.url,
    articlePublishedAt: article.publishedAt,
    lang: null,
    organisation: ctx.organisation,
    scale: { best: ctx.scale.best, worst: ctx.scale.worst },
    claims,
    corrections,
    firstPublishedAt: previous?.firstPublishedAt ?? ctx.now,
    modifiedAt: changedForReaders ? ctx.now : previous.modifiedAt,
    publishedAt: ctx.now,
    version: (previous?.version ?? 0) + 1,
  };
}

/** "Corrected on 3 Dec 2026: claim 2 rating changed from Misleading to False because …" */
export function describeChange(change: CorrectionChange): string {
  if (change.kind === "rating") return `claim ${change.number} rating changed from ${change.from} to ${change.to}`;
  if (change.kind === "rationale") return `claim ${change.number} rationale revised`;
  return `claim ${change.number} (rated ${change.from}) withdrawn`;
}
