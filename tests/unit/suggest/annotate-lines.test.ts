// The tagger runs line by line with a cache (lib/suggest/model/nlp.ts). That is only allowed
// because a line's tags do not depend on its neighbours: this test compares it with tagging the
// whole document in one pass (what the scorer did before), token by token and entity by entity.
import { readFileSync } from "node:fs";
import path from "node:path";
import winkNLP, { type ItemEntity, type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/suggest";
import { annotateSentences, clearAnnotationCache, type AnnotatedSentence, type TextRange } from "@/lib/suggest/model/nlp";
import { loadArticles } from "@/bench/suggest/data";

const engine = winkNLP(model, ["pos", "ner"]);

function wholeDocument(text: string, ranges: readonly TextRange[]): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = ranges.map((r) => ({ text: text.slice(r.start, r.end), tokens: [], entities: [] }));
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out();
  const normals = doc.tokens().out(its.normal);
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tags = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  const owner = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  let r = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    if (at < 0) continue;
    cursor = at + values[i].length;
    while (r < ranges.length && ranges[r].end <= at) r++;
    if (r >= ranges.length) break;
    if (at < ranges[r].start || types[i] === "tabCRLF") continue;
    owner[i] = r;
    out[r].tokens.push({ value: values[i], normal: normals[i], lemma: lemmas[i], pos: tags[i], type: types[i] });
  }
  doc.entities().each((entity: ItemEntity) => {
    const [first] = entity.out(its.span) as unknown as [number, number];
    const sentence = owner[first];
    if (sentence >= 0) out[sentence].entities.push((entity.out(its.detail) as unknown as { type: string }).type);
  });
  return out;
}

const TRICKY = [
  "Prices rose 4.5%\nin March 2026, the office said",
  "Listen to this story\nThe minister, Dr. Ada Okafor, resigned on 3 May.",
  "Photo: Reuters\n\"We will win,\" she said.\nBy Sam Lee\n12:45 GMT\n\nTurnout was 61 per cent, up from 58 per cent in 2019.",
  "Advertisement\nShare this article\n\n\nThe court sentenced him to five years.\r\nHe denied the charges.",
];

describe("line-by-line tagging equals whole-document tagging", () => {
  const texts = [
    ...loadArticles("train").map((a) => a.text),
    readFileSync(path.join(process.cwd(), "prisma/seed/article.txt"), "utf8"),
    ...TRICKY,
  ];

  it.each(texts.map((t, i) => [i, t] as const))("text %i", (_, text) => {
    const ranges = splitSentences(text);
    clearAnnotationCache();
    const cold = annotateSentences(text, ranges);
    expect(cold).toEqual(wholeDocument(text, ranges));
    // A second pass from the cache gives the same.
    expect(annotateSentences(text, ranges)).toEqual(cold);
  });

  it("the one difference: an entity never crosses a line (whole-document tagging let it)", () => {
    // A sentence never spans a newline (split.ts), so an amount broken over two lines is two
    // lines' entities, not one entity credited to the first line's sentence.
    const text = "The fund lost $5\nmillion on Tuesday.";
    const ranges = splitSentences(text);
    expect(wholeDocument(text, ranges).map((s) => s.entities)).toEqual([["MONEY"], ["DATE"]]);
    expect(annotateSentences(text, ranges).map((s) => s.entities)).toEqual([["MONEY"], ["CARDINAL", "DATE"]]);
  });

  it("ranges that span lines still get every token", () => {
    const text = TRICKY[0];
    const ranges = [{ start: 0, end: text.length }];
    expect(annotateSentences(text, ranges)).toEqual(wholeDocument(text, ranges));
  });
});
