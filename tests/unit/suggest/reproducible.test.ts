// The committed model's weights are what the final fit writes, bit for bit: the same training
// articles, features and L2 (recorded in the file) give the same bytes. The whole pipeline
// (cross-validation, calibration, threshold) is rebuilt byte for byte by the slow
// tests/reliability/model-reproducible.ts (`npm run test:reliability`).
import { describe, expect, it } from "vitest";
import committed from "@/lib/suggest/model/checkworthy.json";
import { examples, fit } from "@/lib/suggest/model/train";
import { loadArticles } from "@/bench/suggest/data";

const round = (v: number): number => Number(v.toFixed(6));

describe("the committed check-worthiness model", () => {
  it("has the weights and bias the final fit on the training articles writes", () => {
    const articles = loadArticles("train").sort((a, b) => a.name.localeCompare(b.name));
    expect(articles.map((a) => a.name)).toEqual(committed.training.articles);
    const model = fit(examples(articles), committed.training.l2);
    expect(round(model.bias)).toBe(committed.bias);
    const weights = Array.from(model.weights, round);
    expect(weights.length).toBe(committed.weights.length);
    expect(weights.findIndex((w, i) => w !== committed.weights[i])).toBe(-1);
  }, 120_000);
});
