import { describe, expect, it } from "vitest";
import { bestThreshold, calibrated, fitPlatt } from "@/lib/suggest/model/calibrate";
import { linearScore, trainLogistic } from "@/lib/suggest/model/logistic";
import { averagePrecision, cohensKappa, metricsAt } from "@/lib/suggest/model/metrics";
import { evaluateWithIntervals } from "@/lib/suggest/model/bootstrap";
import { seededShuffle } from "@/lib/suggest/model/random";
import type { SparseRow } from "@/lib/suggest/model/features";

const row = (...indices: number[]): SparseRow => ({ indices, values: indices.map(() => 1) });

describe("logistic regression trainer", () => {
  // Feature 0 marks positives, feature 1 negatives, feature 2 is noise present in both.
  const rows = [row(0), row(0, 2), row(0), row(1), row(1, 2), row(1), row(0, 2), row(1, 2)];
  const labels: (0 | 1)[] = [1, 1, 1, 0, 0, 0, 1, 0];

  it("learns the sign of informative features and separates the classes", () => {
    const model = trainLogistic(rows, labels, 3, { l2: 0.001, iterations: 400 });
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeLessThan(-1);
    expect(Math.abs(model.weights[2])).toBeLessThan(0.5);
    rows.forEach((r, i) => expect(linearScore(model, r) > 0).toBe(labels[i] === 1));
  });

  it("is deterministic bit for bit, and a stronger L2 gives smaller weights", () => {
    const a = trainLogistic(rows, labels, 3, { l2: 0.01 });
    const b = trainLogistic(rows, labels, 3, { l2: 0.01 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const strong = trainLogistic(rows, labels, 3, { l2: 1 });
    expect(Math.abs(strong.weights[0])).toBeLessThan(Math.abs(a.weights[0]));
  });
});

describe("calibration and threshold", () => {
  it("Platt scaling is increasing and maps scores to probabilities near the observed rates", () => {
    const scores = [-3, -2, -1, -0.5, 0.5, 1, 2, 3, -1, 1];
    const labels: (0 | 1)[] = [0, 0, 0, 1, 0, 1, 1, 1, 0, 1];
    const platt = fitPlatt(scores, labels);
    expect(platt.a).toBeGreaterThan(0);
    expect(calibrated(platt, 3)).toBeGreaterThan(0.8);
    expect(calibrated(platt, -3)).toBeLessThan(0.2);
  });

  it("Platt scaling stays finite on large scores (scaling the scores scales a, the probabilities stay)", () => {
    const scores = [-3, -2, -1, -0.5, 0.5, 1, 2, 3, -1, 1, -2.5, 2.5, 0.2, -0.2];
    const labels: (0 | 1)[] = [0, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1];
    const small = fitPlatt(scores, labels);
    const large = fitPlatt(scores.map((z) => z * 1000), labels);
    expect(Number.isFinite(large.a) && Number.isFinite(large.b)).toBe(true);
    for (const z of [-3, -1, 0, 1, 3]) expect(calibrated(large, z * 1000)).toBeCloseTo(calibrated(small, z), 4);
  });

  it("picks the F1-maximising threshold, preferring the higher one on ties", () => {
    const scored = [{ score: 0.9, label: 1 as const }, { score: 0.7, label: 1 as const }, { score: 0.3, label: 0 as const }];
    expect(bestThreshold(scored)).toEqual({ threshold: 0.7, f1: 1 });
  });
});

describe("metrics", () => {
  it("precision, recall, F1 and average precision on a small example", () => {
    const scored = [
      { score: 0.9, label: 1 as const }, { score: 0.8, label: 0 as const }, { score: 0.7, label: 1 as const }, { score: 0.1, label: 1 as const },
    ];
    const m = metricsAt(scored, 0.5);
    expect([m.tp, m.fp, m.fn, m.tn]).toEqual([2, 1, 1, 0]);
    expect(m.f1).toBeCloseTo(2 / 3, 10);
    // Ranks 1, 3, 4 are positive: AP = (1/1 + 2/3 + 3/4) / 3.
    expect(averagePrecision(scored)).toBeCloseTo((1 + 2 / 3 + 3 / 4) / 3, 10);
    // A constant scorer's AP is the base rate.
    expect(averagePrecision(scored.map((s) => ({ ...s, score: 1 })))).toBeCloseTo(0.75, 10);
  });

  it("Cohen's kappa: 1 for identical labellings, 0 for chance-level agreement", () => {
    expect(cohensKappa([[1, 1], [0, 0], [1, 1], [0, 0]])).toBe(1);
    expect(cohensKappa([[1, 1], [1, 0], [0, 1], [0, 0]])).toBeCloseTo(0, 10);
  });

  it("bootstrap intervals contain the point estimate and repeat with the same seed", () => {
    const articles = [[{ score: 1, label: 1 as const }, { score: 0, label: 0 as const }], [{ score: 1, label: 0 as const }], [{ score: 0, label: 1 as const }, { score: 1, label: 1 as const }]];
    const a = evaluateWithIntervals(articles, 0.5, 300);
    expect(a.f1.low).toBeLessThanOrEqual(a.f1.value);
    expect(a.f1.high).toBeGreaterThanOrEqual(a.f1.value);
    expect(evaluateWithIntervals(articles, 0.5, 300)).toEqual(a);
  });

  it("seeded shuffles repeat", () => {
    expect(seededShuffle([1, 2, 3, 4, 5], 7)).toEqual(seededShuffle([1, 2, 3, 4, 5], 7));
    expect([...seededShuffle([1, 2, 3, 4, 5], 7)].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
