import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, bestThreshold, evaluate, metricsAt, scoreLabelled } from "@/lib/suggest";
import { ALL_ARTICLES, HELD_OUT_ARTICLES, TRAIN_ARTICLES } from "@/tests/fixtures/checkworthy";

const grouped = (as: typeof ALL_ARTICLES) => as.map((a) => a.sentences);

describe("evaluate (pure metrics)", () => {
  it("computes precision, recall and F1 from a confusion matrix", () => {
    const m = metricsAt(
      [
        { score: 0.9, label: 1 }, { score: 0.8, label: 0 }, { score: 0.2, label: 1 }, { score: 0.1, label: 0 },
        { score: 0.7, label: 1 },
      ],
      0.5,
    );
    expect(m).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
  });

  it("returns zeros rather than NaN when nothing is predicted", () => {
    expect(metricsAt([{ score: 0.1, label: 1 }], 0.5)).toMatchObject({ precision: 0, recall: 0, f1: 0, fn: 1 });
    expect(evaluate([], 0.5)).toMatchObject({ precision: 0, recall: 0, f1: 0, tp: 0 });
  });

  it("accepts one article or a list of articles", () => {
    const one = evaluate(TRAIN_ARTICLES[0].sentences, 0.5);
    expect(one.tp + one.fp + one.fn + one.tn).toBe(TRAIN_ARTICLES[0].sentences.length);
    expect(evaluate([TRAIN_ARTICLES[0].sentences], 0.5)).toEqual(one);
  });
});

describe("check-worthiness on the labelled fixtures", () => {
  it("keeps train and held-out articles disjoint, with two or more held out", () => {
    const train = new Set(TRAIN_ARTICLES.map((a) => a.name));
    expect(HELD_OUT_ARTICLES.length).toBeGreaterThanOrEqual(2);
    for (const a of HELD_OUT_ARTICLES) expect(train.has(a.name)).toBe(false);
  });

  it("uses the F1-maximising threshold on the training articles as the default", () => {
    const { threshold } = bestThreshold(scoreLabelled(grouped(TRAIN_ARTICLES)));
    expect(CHECKWORTHY_THRESHOLD).toBe(threshold);
  });

  // Floors are the figures reached when the model was fitted, rounded down: a feature or
  // weight change that makes the scorer worse fails here.
  it("held-out F1 does not regress", () => {
    const m = evaluate(grouped(HELD_OUT_ARTICLES), CHECKWORTHY_THRESHOLD);
    expect(m.f1).toBeGreaterThanOrEqual(0.89);
    expect(m.precision).toBeGreaterThanOrEqual(0.86);
    expect(m.recall).toBeGreaterThanOrEqual(0.92);
  });

  it("F1 over all labelled data does not regress", () => {
    const m = evaluate(grouped(ALL_ARTICLES), CHECKWORTHY_THRESHOLD);
    expect(m.f1).toBeGreaterThanOrEqual(0.87);
    expect(evaluate(grouped(TRAIN_ARTICLES), CHECKWORTHY_THRESHOLD).f1).toBeGreaterThanOrEqual(0.86);
  });
});
