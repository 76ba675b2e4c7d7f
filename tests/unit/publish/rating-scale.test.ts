import { describe, expect, it } from "vitest";
import { AA_NON_TEXT, contrastRatio } from "@/lib/domain/contrast";
import { DEFAULT_RATING_SCALE, RATING_BACKGROUND_COLOUR, RATING_SCALE_PRESETS, ratingLabel } from "@/lib/domain/rating-scale";
import { planRatingScaleChange } from "@/lib/domain/rating-scale-change";
import { VERDICT_META } from "@/lib/domain/verdicts";
import { ratingScaleSchema } from "@/lib/validation/rating-scale";

describe("rating scale", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("defaults to the five verdicts with today's labels, letters and colours (the demo is unchanged)", () => {
    expect(DEFAULT_RATING_SCALE.labels.map((l) => l.key)).toEqual(["verified", "disputed", "misleading", "false", "unverifiable"]);
    for (const l of DEFAULT_RATING_SCALE.labels) expect(l).toMatchObject({ label: VERDICT_META[l.key as "false"].label, color: VERDICT_META[l.key as "false"].color });
    expect(ratingLabel(DEFAULT_RATING_SCALE, "unverifiable").value).toBeNull();
  });

  it("accepts every preset, whose colours all pass the non-text contrast check", () => {
    for (const preset of Object.values(RATING_SCALE_PRESETS)) {
      expect(ratingScaleSchema.safeParse(preset).success).toBe(true);
      for (const l of preset.labels) expect(contrastRatio(l.color, RATING_BACKGROUND_COLOUR)).toBeGreaterThanOrEqual(AA_NON_TEXT);
    }
    expect(RATING_SCALE_PRESETS["six-point"].labels).toHaveLength(6);
    expect(RATING_SCALE_PRESETS["three-point"].labels).toHaveLength(3);
  });

  it("refuses a pale colour, duplicate keys, unchecked and a number outside best..worst", () => {
    const base = structuredClone(DEFAULT_RATING_SCALE);
    const pale = { ...base, labels: base.labels.map((l, i) => (i === 0 ? { ...l, color: "#fde68a" } : l)) };
    expect(ratingScaleSchema.safeParse(pale).error?.issues[0].message).toMatch(/too light/);
    const dup = { ...base, labels: [...base.labels, { ...base.labels[0] }] };
    expect(ratingScaleSchema.safeParse(dup).error?.issues[0].message).toMatch(/used twice/);
    const unchecked = { ...base, labels: base.labels.map((l, i) => (i === 0 ? { ...l, key: "unchecked" } : l)) };
    expect(ratingScaleSchema.safeParse(unchecked).success).toBe(false);
    const out = { ...base, labels: base.labels.map((l, i) => (i === 0 ? { ...l, value: 9 } : l)) };
    expect(ratingScaleSchema.safeParse(out).error?.issues[0].message).toMatch(/between 1 and 5/);
  });

  it("plans a change: renaming moves nothing; removing a used key needs a target in the new scale", () => {
    const renamed = { ...DEFAULT_RATING_SCALE, labels: DEFAULT_RATING_SCALE.labels.map((l) => (l.key === "false" ? { ...l, label: "Wrong" } : l)) };
    expect(planRatingScaleChange(DEFAULT_RATING_SCALE, renamed, { false: 3 })).toEqual({ unmapped: {}, badTargets: [], moves: [] });
    const three = RATING_SCALE_PRESETS["three-point"];
    const usage = { verified: 2, false: 1, disputed: 0, unchecked: 7 };
    expect(planRatingScaleChange(DEFAULT_RATING_SCALE, three, usage).unmapped).toEqual({ verified: 2 });
    expect(planRatingScaleChange(DEFAULT_RATING_SCALE, three, usage, { verified: "nope" }).badTargets).toEqual(["verified"]);
    expect(planRatingScaleChange(DEFAULT_RATING_SCALE, three, usage, { verified: "true" }).moves).toEqual([["verified", "true"]]);
  });
});
