import { isWebUrl } from "@/lib/domain/link-safety";
import { claimantType } from "@/lib/export/claimreview";
import { claimAnchor, factCheckPath } from "./base-url";
import type { PublishedClaim, PublishedFactCheck } from "./snapshot";

/**
 * schema.org ClaimReview for a published page, one per claim. `url` is the claim's anchor
 * on the public page (readers and search engines can open it without signing in), the
 * author is the organisation profile, and the rating comes from the newsroom's scale.
 */
export interface PublishedClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified: string;
  author: { "@type": "Organization"; name: string; url: string; logo?: string };
  reviewRating: { "@type": "Rating"; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance: { "@type": "CreativeWork"; url?: string; headline: string; publisher?: { "@type": "Organization"; name: string } };
  };
}

export function claimPageUrl(base: string, slug: string, number: number): string {
  return `${base}${factCheckPath(slug)}#${claimAnchor(number)}`;
}

function rating(claim: PublishedClaim, page: PublishedFactCheck): PublishedClaimReview["reviewRating"] {
  const { label, value } = claim.rating;
  if (value === null) return { "@type": "Rating", alternateName: label };
  return { "@type": "Rating", ratingValue: value, bestRating: page.scale.best, worstRating: page.scale.worst, alternateName: label };
}

/** Claim id → public anchor URL, for the ClaimReview export of a published article. */
export function publishedClaimUrls(page: PublishedFactCheck): Record<string, string> {
  return Object.fromEntries(page.claims.map((c) => [c.claimId, claimPageUrl(page.baseUrl, page.slug, c.number)]));
}

export function buildPublishedClaimReviews(page: PublishedFactCheck, base: string): PublishedClaimReview[] {
  const day = (iso: string) => iso.slice(0, 10);
  return page.claims.map((claim) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimPageUrl(base, page.slug, claim.number),
    claimReviewed: claim.claimReviewed,
    // A claim is public from the first publication that carried it; approval may be older.
    datePublished: claim.reviewedOn > day(page.firstPublishedAt) ? claim.reviewedOn : day(page.firstPublishedAt),
    dateModified: day(page.modifiedAt),
    author: { "@type": "Organization", name: page.organisation.name, url: page.organisation.url },
    reviewRating: rating(claim, page),
    itemReviewed: {
      "@type": "Claim",
      ...(claim.claimant ? { author: { "@type": claimantType(claim.claimant), name: claim.claimant } } : {}),
      ...(page.articlePublishedAt ? { datePublished: page.articlePublishedAt.slice(0, 10) } : {}),
      appearance: {
        "@type": "CreativeWork",
        ...(isWebUrl(page.articleUrl) ? { url: page.articleUrl! } : {}),
        headline: page.title,
        ...(page.publisher ? { publisher: { "@type": "Organization", name: page.publisher } } : {}),
      },
    },
  }));
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the tag. */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
