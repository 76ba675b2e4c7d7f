/**
 * Check-worthiness bench: speed of suggestClaims on a 30,000-word article plus the
 * evaluation on the labelled fixtures. Run: `npx tsx bench/suggest.bench.ts`
 * (`--fit` instead re-derives the weights in lib/suggest/weights.ts from the training split).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  CHECKWORTHY_THRESHOLD, bestThreshold, evaluate, scoreLabelled, splitSentences, suggestClaims,
  type Metrics,
} from "@/lib/suggest";
import { fitWeights } from "@/lib/suggest/fit";
import { FIT_L2, PRIOR_BIAS, PRIOR_WEIGHTS } from "@/lib/suggest/weights";
import { ALL_ARTICLES, HELD_OUT_ARTICLES, TRAIN_ARTICLES } from "@/tests/fixtures/checkworthy";
import { rng as prng } from "./lib/generate";

const TARGET_WORDS = 30_000;
const RUNS = 5;


/** News-like text: paragraphs of 1–4 fixture sentences; unpunctuated lines stand alone. */
export function generateArticle(targetWords: number, seed = 42): string {
  const pool = ALL_ARTICLES.flatMap((a) => a.sentences.map((s) => s.text));
  const rand = prng(seed);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const size = 1 + Math.floor(rand() * 4);
    const para: string[] = [];
    for (let i = 0; i < size && words < targetWords; i++) {
      const s = pool[Math.floor(rand() * pool.length)];
      words += s.split(/\s+/).length;
      if (!/[.!?…]['"’”)]*$/.test(s)) { paragraphs.push(s); continue; }
      para.push(s);
    }
    if (para.length) paragraphs.push(para.join(" "));
  }
  return paragraphs.join("\n\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const round = (m: Metrics): Metrics => ({
  ...m,
  precision: Number(m.precision.toFixed(4)),
  recall: Number(m.recall.toFixed(4)),
  f1: Number(m.f1.toFixed(4)),
});

function fitMode(): void {
  const train = TRAIN_ARTICLES.map((a) => a.sentences);
  const model = fitWeights(train, { l2: FIT_L2, prior: PRIOR_WEIGHTS, priorBias: PRIOR_BIAS });
  console.log("Paste into lib/suggest/weights.ts:");
  console.log(`BIAS = ${model.bias}`);
  console.log("WEIGHTS =", JSON.stringify(model.weights, null, 2));
  // The threshold depends on the weights currently compiled in, so rerun after pasting.
  console.log("best train threshold with current weights:", bestThreshold(scoreLabelled(train)));
}

function benchMode(): void {
  const text = generateArticle(TARGET_WORDS);
  const words = text.split(/\s+/).filter(Boolean).length;
  const sentences = splitSentences(text).length;
  const times: number[] = [];
  let suggestions = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    suggestions = suggestClaims(text).length;
    times.push(performance.now() - t0);
  }
  const group = (as: typeof ALL_ARTICLES) => as.map((a) => a.sentences);
  const result = {
    ms: Number(median(times).toFixed(1)),
    runsMs: times.map((t) => Number(t.toFixed(1))),
    words,
    sentences,
    suggestions,
    threshold: CHECKWORTHY_THRESHOLD,
    heldOut: round(evaluate(group(HELD_OUT_ARTICLES), CHECKWORTHY_THRESHOLD)),
    train: round(evaluate(group(TRAIN_ARTICLES), CHECKWORTHY_THRESHOLD)),
    all: round(evaluate(group(ALL_ARTICLES), CHECKWORTHY_THRESHOLD)),
  };
  console.log(JSON.stringify(result, null, 2));
  const out = path.join(process.cwd(), "bench", "results", "suggest.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}; median ${result.ms} ms (target ≤ 1000 ms)`);
}

if (process.argv.includes("--fit")) fitMode();
else benchMode();
