import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
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

class Token implements AnnotatedToken {
  constructor(readonly value: string, readonly normal: string, readonly lemma: string, readonly pos: string, readonly type: string) {}
}

/** One line of text as the tagger reads it: its tokens, where they start, and its entities. */
interface AnnotatedLine {
  tokens: AnnotatedToken[];
  /** Offset of each token in the line (-1 if the token's text was not found). */
  offsets: Int32Array;
  /** Entities as [index of the first token, wink type]. */
  entities: [number, string][];
}

function annotateLine(line: string): AnnotatedLine {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(line);
  const values = doc.tokens().out();
  const normals = doc.tokens().out(its.normal);
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tags = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  // One loop, one object shape: building the tokens was a tenth of a cold run's CPU as a map
  // over object literals.
  const n = values.length;
  const tokens = new Array<AnnotatedToken>(n);
  const offsets = new Int32Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    tokens[i] = new Token(value, normals[i], lemmas[i], tags[i], types[i]);
    const at = line.indexOf(value, cursor);
    offsets[i] = at;
    if (at >= 0) cursor = at + value.length;
  }
  // Bulk reads (one call each) rather than per entity.
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const entities = spans.map(([first], i): [number, string] => [first, details[i].type]);
  return { tokens, offsets, entities };
}

// Lines already tagged, most recently used last. Re-scoring an article after an edit re-tags only
// the lines that changed; the bound keeps a long-running server's memory flat (a 30,000-word
// article has about a thousand lines).
let lineCacheLimit = 4000;
const lineCache = new Map<string, AnnotatedLine>();

function cachedLine(line: string): AnnotatedLine {
  if (lineCacheLimit === 0) return annotateLine(line);
  let hit = lineCache.get(line);
  if (hit !== undefined) {
    lineCache.delete(line);
  } else {
    hit = annotateLine(line);
    if (lineCache.size >= lineCacheLimit) lineCache.delete(lineCache.keys().next().value as string);
  }
  lineCache.set(line, hit);
  return hit;
}

/** Forget every tagged line. */
export function clearAnnotationCache(): void {
  lineCache.clear();
}

/**
 * Set how many tagged lines are kept (0: none, every line is tagged every time; benchmarks
 * measure cold scoring so, since a text that repeats lines would otherwise hit the cache).
 * Returns the previous limit.
 */
export function setAnnotationCacheLimit(limit: number): number {
  const previous = lineCacheLimit;
  lineCacheLimit = Math.max(0, Math.floor(limit));
  clearAnnotationCache();
  return previous;
}

/**
 * Annotate the given sentence ranges of `text` (in document order). The tagger runs once per
 * line, never per sentence (tagging sentence by sentence costs several times more), and a line's
 * tags are independent of other lines (a newline ends the tagger's context), so unchanged lines
 * are taken from a cache. Each token goes to the range that contains it.
 */
export function annotateSentences(text: string, ranges: readonly TextRange[]): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = ranges.map((r) => ({ text: text.slice(r.start, r.end), tokens: [], entities: [] }));
  let r = 0;
  let lineStart = 0;
  while (r < ranges.length && lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (r < ranges.length && ranges[r].end <= lineStart) r++;
    if (r < ranges.length && ranges[r].start < lineEnd && lineEnd > lineStart) {
      const line = cachedLine(text.slice(lineStart, lineEnd));
      // Sentence index of every token of the line (-1 outside all ranges).
      const owner = new Int32Array(line.tokens.length).fill(-1);
      for (let i = 0; i < line.tokens.length; i++) {
        if (line.offsets[i] < 0) continue;
        const at = lineStart + line.offsets[i];
        while (r < ranges.length && ranges[r].end <= at) r++;
        if (r >= ranges.length) break;
        const token = line.tokens[i];
        if (at < ranges[r].start || token.type === "tabCRLF") continue;
        owner[i] = r;
        out[r].tokens.push(token);
      }
      for (const [first, type] of line.entities) {
        const sentence = owner[first];
        if (sentence >= 0) out[sentence].entities.push(type);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
