import {
  CLAIMREVIEW_BEST_RATING,
  CLAIMREVIEW_WORST_RATING,
  claimReviewRatingValue,
} from "@/lib/domain/claimreview-rating";
import { DEFAULT_RATING_SCALE, ratingLabel } from "@/lib/domain/rating-scale";
import { isoDay } from "./dates";
import { isWebUrl } from "@/lib/domain/link-safety";
import { filterClaims } from "./report";
import type { ExportArticle, ExportClaim, ExportInput, ExportOptions } from "./types";

/**
 * schema.org ClaimReview JSON-LD, one object per claim, for search engines and fact-check
 * aggregators. Only APPROVED claims are published, whatever includeDrafts says: this
 * format is meant to be embedded in a public page, and an unreviewed verdict must never
 * reach Google's fact-check index by accident.
 */
interface Rating {
  "@type": "Rating";
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url: string };
  reviewRating: Rating;
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance: { "@type": "CreativeWork"; url?: string; headline: string; publisher?: { "@type": "Organization"; name: string } };
  };
}

/**
 * Factdesk stores the claimant as free text, so whether it is a person or an organisation
 * is guessed from words that name institutions. Person is the default because most
 * checked claims are quotes from people; a wrong guess only changes the @type.
 */
const ORGANISATION_WORDS =
  /\b(article|magazine|mail|tv|radio|network|bbc|cnn|ministry|ministries|government|department|agency|office|council|committee|commission|party|parliament|senate|congress|kremlin|white house|administration|embassy|police|army|university|institute|association|union|company|corporation|inc|ltd|llc|plc|group|news|times|post|reuters|press|bank|foundation|organi[sz]ation|campaign|authority|board|court)\b/i;

export function claimantType(claimant: string): "Person" | "Organization" {
  return ORGANISATION_WORDS.test(claimant) ? "Organization" : "Person";
}

function rating(claim: ExportClaim, options: ExportOptions): Rating {
  // The newsroom's scale when the caller passes it (words, number, best/worst); else the built-in one.
  const scaled = ratingLabel(options.ratingScale ?? DEFAULT_RATING_SCALE, claim.verdict);
  const value = options.ratingScale ? scaled.value : claimReviewRatingValue(claim.verdict);
  const alternateName = scaled.label;
  if (value === null) return { "@type": "Rating", alternateName };
  return {
    "@type": "Rating",
    ratingValue: value,
    bestRating: options.ratingScale?.best ?? CLAIMREVIEW_BEST_RATING,
    worstRating: options.ratingScale?.worst ?? CLAIMREVIEW_WORST_RATING,
    alternateName,
  };
}

function claimReview(claim: ExportClaim, article: ExportArticle, options: ExportOptions): ClaimReviewJsonLd {
  const base = options.baseUrl.replace(/\/+$/, "");
  const claimant = claim.claimant?.trim();
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    // A published claim's review lives on its public page, which anyone can open; otherwise the workbench.
    url: options.publicClaimUrls?.[claim.id] ?? `${base}/articles/${encodeURIComponent(article.id)}#claim-${encodeURIComponent(claim.id)}`,
    claimReviewed: claim.normalized?.trim() || claim.exact,
    // The check is published when it is approved; updatedAt only covers legacy rows without a date.
    datePublished: isoDay(claim.approvedAt ?? claim.updatedAt),
    author: { "@type": "Organization", name: options.organisation.name, url: options.organisation.url },
    reviewRating: rating(claim, options),
    itemReviewed: {
      "@type": "Claim",
      ...(claimant ? { author: { "@type": claimantType(claimant), name: claimant } } : {}),
      ...(article.publishedAt ? { datePublished: isoDay(article.publishedAt) } : {}),
      appearance: {
        "@type": "CreativeWork",
        ...(isWebUrl(article.url) ? { url: article.url } : {}),
        headline: article.title,
        ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
      },
    },
  };
}

export function buildClaimReviews(input: ExportInput, options: ExportOptions): ClaimReviewJsonLd[] {
  return filterClaims(input, { includeDrafts: false })
    // Belt and braces: an approved claim always has a real verdict, but never publish "unchecked".
    .filter((c) => c.verdict !== "unchecked")
    .map((c) => claimReview(c, input.article, options));
}

export function renderClaimReview(input: ExportInput, options: ExportOptions): string {
  return JSON.stringify(buildClaimReviews(input, options), null, 2) + "\n";
}
