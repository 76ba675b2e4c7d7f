// `npm run similar:eval [-- --split train]`: prior fact-check ranking on the labelled pairs of
// the TEST split (default), against today's word-overlap rule. The database holds both splits'
// stored claims, so the other split's claims act as extra distractors.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { minSharedWords, significantWords } from "@/lib/search";
import { evaluatePairs } from "@/lib/suggest/similar/evaluate-pairs";
import { rankSimilarClaims, type ClaimText, type RankedClaim } from "@/lib/suggest/similar/rank";
import { loadPairs, type PairRow } from "@/tests/fixtures/similar-claims/load";

const split = process.argv.includes("--split") && process.argv[process.argv.indexOf("--split") + 1] === "train" ? "train" : "test";
const other = split === "train" ? "test" : "train";

function database(rows: readonly PairRow[], prefix: string): ClaimText[] {
  return rows.filter((r) => r.kind !== "paraphrase").map((r, i) => ({ id: `${prefix}${r.group}:${r.kind}:${i}`, text: r.text }));
}

/** Today's rule: shared significant words (a quarter of the query's), ranked by how many. */
export function wordOverlapRank(query: string, candidates: readonly ClaimText[]): RankedClaim[] {
  const words = significantWords([query], 64);
  const needed = minSharedWords(words.length);
  return candidates
    .map((c) => ({ id: c.id, shared: significantWords([c.text], 64).filter((w) => words.includes(w)).length }))
    .filter((c) => c.shared >= needed)
    .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id))
    .map((c) => ({ id: c.id, score: c.shared, numbers: "none" as const }));
}

const rows = loadPairs(split);
const db = [...database(rows, ""), ...database(loadPairs(other), "other/")];
const queries = rows.filter((r) => r.kind === "paraphrase").map((r) => ({ group: r.group, query: r.text }));
const results = {
  split,
  databaseClaims: db.length,
  model: evaluatePairs(queries, db, rankSimilarClaims),
  wordOverlap: evaluatePairs(queries, db, wordOverlapRank),
};
console.log(`${split}: ${queries.length} paraphrase queries against ${db.length} stored claims`);
console.log("| ranker | prior in top 3 | prior above same-topic different claim |\n|---|---|---|");
for (const [name, r] of [["char n-gram TF-IDF + words + numbers", results.model], ["word overlap (today's FTS rule)", results.wordOverlap]] as const) {
  console.log(`| ${name} | ${(r.top3 * 100).toFixed(1)} % | ${(r.priorAboveDifferent * 100).toFixed(1)} % |`);
}
if (split === "test") {
  const out = path.join(process.cwd(), "bench/results/similar-eval.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}
