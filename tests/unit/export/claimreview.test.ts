import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { CLAIMREVIEW_RATING } from "@/lib/domain/claimreview-rating";
import { VERDICTS } from "@/lib/domain/enums";
import { buildClaimReviews, claimantType, renderClaimReview } from "@/lib/export/claimreview";
import type { ExportInput } from "@/lib/export/types";
import schema from "@/tests/fixtures/export/claimreview.schema.json";
import { SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

describe("ClaimReview JSON-LD", () => {
  const reviews = JSON.parse(renderClaimReview(SAMPLE_INPUT, WITH_DRAFTS)) as unknown;

  it("validates against the ClaimReview JSON Schema", () => {
    const ok = validate(reviews);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("publishes approved claims only, even when drafts are requested", () => {
    expect(buildClaimReviews(SAMPLE_INPUT, WITH_DRAFTS)).toEqual(buildClaimReviews(SAMPLE_INPUT, SAMPLE_OPTIONS));
    expect(buildClaimReviews(SAMPLE_INPUT, WITH_DRAFTS)).toHaveLength(4);
  });

  it("links back to each claim and rates it on the documented scale", () => {
    const [first, , , last] = buildClaimReviews(SAMPLE_INPUT, SAMPLE_OPTIONS);
    expect(first.url).toBe("http://localhost:3000/articles/art_sample01#claim-clm_refusal");
    expect(first.reviewRating).toEqual({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Verified" });
    expect(first.datePublished).toBe("2021-03-23");
    expect(first.itemReviewed.datePublished).toBe("2021-03-22");
    expect(last.reviewRating.ratingValue).toBe(1);
    expect(last.reviewRating.alternateName).toBe("False");
  });

  it("falls back to the quote when there is no normalised claim, and omits an absent claimant", () => {
    const input: ExportInput = {
      ...SAMPLE_INPUT,
      claims: SAMPLE_INPUT.claims.map((c) => ({ ...c, normalized: null, claimant: null })),
    };
    const [first] = buildClaimReviews(input, SAMPLE_OPTIONS);
    expect(first.claimReviewed).toBe(SAMPLE_INPUT.claims[1].exact);
    expect(first.itemReviewed.author).toBeUndefined();
    expect(validate(JSON.parse(renderClaimReview(input, SAMPLE_OPTIONS)))).toBe(true);
  });

  it("publishes unverifiable verdicts by name only, without a number on the truth scale", () => {
    const input: ExportInput = { ...SAMPLE_INPUT, claims: SAMPLE_INPUT.claims.map((c) => ({ ...c, verdict: "unverifiable" as const })) };
    const reviews = buildClaimReviews(input, SAMPLE_OPTIONS);
    expect(reviews[0].reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(validate(reviews)).toBe(true);
  });

  it("orders the rating table by truthfulness and never rates unchecked", () => {
    expect(CLAIMREVIEW_RATING.false).toBeLessThan(CLAIMREVIEW_RATING.misleading!);
    expect(CLAIMREVIEW_RATING.misleading).toBeLessThan(CLAIMREVIEW_RATING.disputed!);
    expect(CLAIMREVIEW_RATING.disputed).toBeLessThan(CLAIMREVIEW_RATING.verified!);
    expect(CLAIMREVIEW_RATING.unchecked).toBeNull();
    expect(Object.keys(CLAIMREVIEW_RATING).sort()).toEqual([...VERDICTS].sort());
  });

  it("guesses whether a claimant is a person or an organisation", () => {
    expect(claimantType("Joe Biden")).toBe("Person");
    expect(claimantType("Russia’s foreign ministry")).toBe("Organization");
    expect(claimantType("The White House")).toBe("Organization");
  });
});
