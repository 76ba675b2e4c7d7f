import { BASELINES } from "./baselines";
import { evaluateWithIntervals, type EvaluationRow } from "./bootstrap";
import type { ScoredLabel } from "./metrics";
import type { TrainingArticle } from "./train";

export interface ScorerResult extends EvaluationRow {
  name: string;
  threshold: number;
}

/** Scores a document's sentence ranges (the model's `scoreSentences`, or a baseline rule). */
export type DocumentScorer = (text: string, ranges: readonly { start: number; end: number }[]) => number[];

function scoredArticles(articles: readonly TrainingArticle[], scorer: DocumentScorer): ScoredLabel[][] {
  return articles.map((a) => {
    const scores = scorer(a.text, a.sentences);
    return a.sentences.map((s, i) => ({ score: scores[i], label: s.label }));
  });
}

/** The model and every trivial baseline on the same articles, with bootstrap intervals. */
export function compareWithBaselines(articles: readonly TrainingArticle[], model: DocumentScorer, threshold: number): ScorerResult[] {
  const rows: ScorerResult[] = [{ name: "model", threshold, ...evaluateWithIntervals(scoredArticles(articles, model), threshold) }];
  for (const [name, rule] of Object.entries(BASELINES)) {
    const scorer: DocumentScorer = (text, ranges) => ranges.map((r) => rule(text.slice(r.start, r.end)));
    rows.push({ name, threshold: 1, ...evaluateWithIntervals(scoredArticles(articles, scorer), 1) });
  }
  return rows;
}

const fmt = (e: { value: number; low: number; high: number }): string => `${e.value.toFixed(3)} [${e.low.toFixed(3)}–${e.high.toFixed(3)}]`;

/** A Markdown table of the comparison (also what `npm run suggest:eval` prints). */
export function comparisonTable(rows: readonly ScorerResult[]): string {
  const lines = [
    "| scorer | precision | recall | F1 | average precision |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.name} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${fmt(r.averagePrecision)} |`),
  ];
  return lines.join("\n");
}
