// Second labelling for the agreement check (lib/suggest/README.md, "Second labelling and agreement").
//   --print   prints the chosen articles' sentences in article order, as "<article>#<index>\t<text>",
//             without their labels (for a second annotator)
//   (default) reads tests/fixtures/checkworthy/second-labelling/labels.txt ("<article>#<index> <0|1>"
//             lines, "#" lines are comments) and prints Cohen's kappa against the first labels,
//             the confusion counts and the agreement per article.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CHECKWORTHY_DIR, loadSplit, type Split } from "@/tests/fixtures/checkworthy/load";
import { cohensKappa } from "@/lib/suggest/model/metrics";

/**
 * Six of the 23 articles written for the first model (a quarter): six beats, all five genres; three
 * were test-v1 articles, retired into train/ on 2026-12-02 when test-v2 was frozen. All six are
 * training articles; none was ever in test-v2 or test-v3.
 */
export const SECOND_LABELLING_ARTICLES: readonly (readonly [Split, string])[] = [
  ["train", "crime-court-sentencing"], ["train", "politics-liveblog-election-night"],
  ["train", "climate-press-release-solar"], ["train", "economy-oped-minimum-wage"],
  ["train", "health-interview-nurses"], ["train", "sport-cycling-tour"],
];

function sentences() {
  return SECOND_LABELLING_ARTICLES.flatMap(([split, name]) => {
    const article = loadSplit(split).find((a) => a.name === name);
    if (!article) throw new Error(`no article ${split}/${name}`);
    return article.sentences.map((s, i) => ({ article: name, id: `${name}#${i}`, text: s.text, label: s.label }));
  });
}

const rows = sentences();
if (process.argv.includes("--print")) {
  rows.forEach((r) => console.log(`${r.id}\t${r.text}`));
} else {
  const file = path.join(CHECKWORTHY_DIR, "second-labelling/labels.txt");
  const lines = readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const second = new Map(lines.map((l) => {
    const [id, label] = l.split(/\s+/);
    return [id, Number(label)] as const;
  }));
  if (second.size !== rows.length) throw new Error(`${second.size} second labels for ${rows.length} sentences`);
  const pairs = rows.map((r) => {
    const b = second.get(r.id);
    if (b !== 0 && b !== 1) throw new Error(`no second label for ${r.id}`);
    return { article: r.article, pair: [r.label, b] as [number, number] };
  });
  const count = (a: number, b: number) => pairs.filter(({ pair }) => pair[0] === a && pair[1] === b).length;
  const agree = count(0, 0) + count(1, 1);
  console.log(`articles: ${SECOND_LABELLING_ARTICLES.length}, sentences: ${pairs.length}`);
  console.log(`raw agreement: ${(agree / pairs.length).toFixed(3)}, Cohen's kappa: ${cohensKappa(pairs.map((p) => p.pair)).toFixed(3)}`);
  console.log(`confusion (first/second): 1/1 ${count(1, 1)}, 0/0 ${count(0, 0)}, 1/0 ${count(1, 0)}, 0/1 ${count(0, 1)}`);
  for (const [split, name] of SECOND_LABELLING_ARTICLES) {
    const own = pairs.filter((p) => p.article === name).map((p) => p.pair);
    const same = own.filter(([a, b]) => a === b).length;
    console.log(`  ${split}/${name}: ${same}/${own.length} agree (${(same / own.length).toFixed(3)}), kappa ${cohensKappa(own).toFixed(3)}`);
  }
}
