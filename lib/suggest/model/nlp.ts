import winkNLP, { type ItemEntity, type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One word or punctuation token of a sentence, as wink-nlp's English model reads it. */
export interface AnnotatedToken {
  value: string;
  /** Lower-cased form. */
  normal: string;
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, NUM, AUX, PRON, ...). */
  pos: string;
  /** wink token type: word, number, punctuation, symbol, currency, ... */
  type: string;
}

export interface AnnotatedSentence {
  text: string;
  tokens: AnnotatedToken[];
  /** wink-nlp entity types found in the sentence: DATE, CARDINAL, PERCENT, MONEY, TIME, ... */
  entities: string[];
}

export interface TextRange {
  start: number;
  end: number;
}

// Only what the features use: part of speech and entities (no sentence boundary detection,
// sentiment or negation), which keeps a 30,000-word article inside the time budget.
let instance: WinkMethods | undefined;
function nlp(): WinkMethods {
  instance ??= winkNLP(model, ["pos", "ner"]);
  return instance;
}

/**
 * Annotate the given sentence ranges of `text` in one pass of the tagger over the whole text
 * (tagging sentence by sentence costs several times more), then hand each token to the range
 * that contains it.
 */
export function annotateSentences(text: string, ranges: readonly TextRange[]): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = ranges.map((r) => ({ text: text.slice(r.start, r.end), tokens: [], entities: [] }));
  if (ranges.length === 0) return out;
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out();
  const normals = doc.tokens().out(its.normal);
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tags = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  // Sentence index of every token (-1 outside all ranges), found by walking both in order.
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
    const detail = entity.out(its.detail) as unknown as { type: string };
    const sentence = owner[first];
    if (sentence >= 0) out[sentence].entities.push(detail.type);
  });
  return out;
}
