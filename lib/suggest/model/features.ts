import { NAMED_FEATURE_INDEX, NAMED_FEATURE_LIST, type NamedFeature } from "./feature-catalogue";
import type { AnnotatedSentence, AnnotatedToken } from "./nlp";

/** A sparse feature vector: parallel arrays, indices ascending and unique. */
export interface SparseRow {
  indices: number[];
  values: number[];
}

/** Hashed n-gram buckets after the named features (2^14: small file, few harmful collisions). */
export const HASH_BUCKETS = 1 << 14;
/** The sentence's word vector (word-vectors.ts) comes last, after the hashed n-grams. */
export const VECTOR_DIMENSIONS = 100;
export const VECTOR_OFFSET = NAMED_FEATURE_LIST.length + HASH_BUCKETS;
export const FEATURE_COUNT = VECTOR_OFFSET + VECTOR_DIMENSIONS;
export const NGRAM_WEIGHT = 2;
/** A sentence that ends with a question mark, maybe inside closing quotes or brackets. */
export const QUESTION_END = /\?["'”’»)]*$/;
/** The unit-length sentence vector is scaled by this (chosen by writer-grouped cross-validation). */
export const VECTOR_WEIGHT = 2;

// General English word classes (not taken from any article): speech and reporting verbs,
// sources of evidence, verbs of change, and modal/personal words that mark opinion.
const ATTRIBUTION = new Set(["say", "tell", "announce", "confirm", "deny", "claim", "report", "accuse", "warn",
  "insist", "state", "add", "allege", "admit", "argue", "reveal", "declare", "acknowledge", "testify", "write"]);
const EVIDENCE = new Set(["study", "survey", "report", "figure", "data", "statistic", "census", "poll", "analysis",
  "audit", "research", "trial", "investigation", "inquiry", "review", "estimate", "record", "records"]);
const CHANGE = new Set(["rise", "fall", "increase", "decrease", "double", "halve", "triple", "grow", "drop", "cut",
  "raise", "lose", "win", "gain", "decline", "jump", "surge", "plunge", "reduce", "climb", "soar", "shrink", "beat"]);
const MODALS = new Set(["could", "might", "may", "would", "should", "must", "can"]);
const FUTURE = new Set(["will", "'ll", "shall"]);
const FIRST_PERSON = new Set(["i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"]);
const SECOND_PERSON = new Set(["you", "your", "yours", "yourself"]);
// Tagged as proper nouns, but a date, not a person, place or organisation.
const CALENDAR = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const OPENING_QUOTES = /^["'“‘«]/;
// The guide's "routine scheduling" and "service information" (both 0), in general English.
const SCHEDULING = new Set(["due", "scheduled", "planned", "expected", "next", "upcoming"]);
const SERVICE = /\b(?:www\.|https?:\/\/|[\w.]+@[\w.]+\.\w|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|helpline|hotline|website|opening hours)/i;
// Telephone numbers: "call 999", "ring 0800 123 4567" (service information, 0 in the guide).
const PHONE = /\b(?:call|phone|ring|dial|text)(?:\s+\w+){0,2}\s+\+?\d|\b0\d{2,4}[\s-]\d{3}[\s-]?\d{3,4}\b/i;
// Caption, credit and reference lines (the guide: photo captions and image credits are 0): a label and a colon.
const CAPTION = /^(?:photo|photograph|picture|pictured|image|video|illustration|graphic|credit|source|paper|reference|caption)s?\s*:/i;
// Feelings and judgements (the guide: opinions, judgements, feelings, hopes are 0), general English.
const FEELING = new Set(["relieved", "delighted", "proud", "disappointed", "frustrated", "worried", "happy", "sad", "angry",
  "excited", "thrilled", "devastated", "pleased", "shocked", "upset", "incredible", "amazing", "wonderful", "terrible",
  "awful", "shameful", "disgraceful", "outrageous", "ridiculous", "fantastic", "brilliant", "great", "unacceptable",
  "scandalous", "heartbreaking", "terrifying", "scared", "afraid", "glad", "sorry", "grateful", "hopeful", "optimistic",
  "pessimistic", "confident", "nervous", "anxious", "furious", "appalled", "saddened", "honoured", "honored", "lucky"]);
// Verbs of belief and hope: the content is a view, not a fact.
const BELIEF = new Set(["think", "believe", "feel", "hope", "fear", "suspect", "wish", "doubt", "reckon", "guess", "imagine", "suppose"]);
// A score or tally written with a dash ("2-1", "6–3").
const TALLY = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]\d)/;
// Words quoted inside a sentence (not a whole quoted sentence): often an evaluation being reported.
const QUOTED_WORDS = /\S\s+["“‘'][^"“”‘’']{2,80}["”’']/;
const FINAL_PUNCTUATION = /[.!?…]["'”’»)\]]*$/;

const isWord = (t: AnnotatedToken): boolean => t.type === "word" || t.type === "number";
const isPastForm = (t: AnnotatedToken): boolean =>
  t.pos === "VERB" && t.normal !== t.lemma && !t.normal.endsWith("ing") && !t.normal.endsWith("s");

function wordBand(words: number): NamedFeature {
  if (words <= 3) return "words_1_3";
  if (words <= 7) return "words_4_7";
  if (words <= 14) return "words_8_14";
  if (words <= 24) return "words_15_24";
  return "words_25_plus";
}

function entityFeatures(sentence: AnnotatedSentence, hasDigit: boolean, on: Set<NamedFeature>): void {
  for (const type of sentence.entities) {
    if (type === "PERCENT") on.add("percent");
    else if (type === "MONEY") on.add("money");
    else if (type === "DATE") on.add("date");
    else if (type === "TIME") on.add("time_of_day");
    else if (type === "DURATION") on.add("duration");
    else if (type === "ORDINAL") on.add("ordinal");
    // "two nations" is a count in words, not a figure to check.
    else if (type === "CARDINAL") on.add(hasDigit ? "quantity" : "count_word");
  }
}

function verbFeatures(tokens: readonly AnnotatedToken[], on: Set<NamedFeature>): void {
  // Index checks rather than slices: this runs for every token of a long article.
  const pastAt = (j: number): boolean => j < tokens.length && isPastForm(tokens[j]);
  const auxAt = (j: number): boolean => j >= 0 && tokens[j].pos === "AUX";
  tokens.forEach((t, i) => {
    const pastNext = pastAt(i + 1) || pastAt(i + 2);
    if (t.pos === "AUX" && t.lemma === "have" && pastNext) on.add("perfect");
    else if (t.pos === "AUX" && t.lemma === "be" && pastNext) on.add("passive");
    else if (isPastForm(t) && !auxAt(i - 1) && !auxAt(i - 2)) on.add("past_event");
    if (MODALS.has(t.normal)) on.add("modal");
    if (FUTURE.has(t.normal)) on.add("future");
    if (CHANGE.has(t.lemma) && t.pos === "VERB") on.add("change");
  });
  if (!tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) on.add("no_verb");
}

function sourceFeatures(tokens: readonly AnnotatedToken[], on: Set<NamedFeature>): void {
  const isName = (t: AnnotatedToken | undefined): boolean => t?.pos === "PROPN" && !CALENDAR.has(t.normal);
  const names = tokens.filter((t, i) => isName(t) && i > 0).length;
  const runs = tokens.filter((t, i) => isName(t) && !isName(tokens[i - 1])).length;
  if (names > 0) on.add("named_entity");
  if (runs >= 2) on.add("several_names");
  if (tokens.some((t) => t.pos === "VERB" && ATTRIBUTION.has(t.lemma))) on.add(names > 0 ? "attribution_named" : "attribution");
  if (tokens.some((t, i) => t.normal === "according" && tokens[i + 1]?.normal === "to")) on.add("according_to");
  if (tokens.some((t) => t.pos === "NOUN" && EVIDENCE.has(t.lemma))) on.add("evidence");
}

function comparisonFeatures(tokens: readonly AnnotatedToken[], on: Set<NamedFeature>): void {
  if (tokens.some((t) => t.normal === "than")) on.add("comparison");
  // The lemma tells "largest" (large) from "honest" (honest).
  const superlative = tokens.some((t, i) => ((t.pos === "ADJ" || t.pos === "ADV") && t.normal.endsWith("est") && t.lemma !== t.normal)
    || t.normal === "worst"
    || ((t.normal === "most" || t.normal === "least") && tokens[i + 1]?.pos === "ADJ") || t.lemma === "record");
  if (superlative) on.add("superlative");
}

/** An instruction: the first word is a verb in its base form with no subject ("Call the helpline", "Keep to the path"). */
function imperative(tokens: readonly AnnotatedToken[]): boolean {
  const first = tokens.find((t) => t.type === "word");
  return first !== undefined && first.pos === "VERB" && first.normal === first.lemma;
}

/** What a sentence's place in its document tells: only documentFeatures (context.ts) can know it. */
export interface SentenceContext {
  /** It opens the document (the headline). */
  first: boolean;
  /** Most of its word trigrams occurred earlier (captions, pull quotes). */
  repeats: boolean;
  /** It states figures and every one of them was stated earlier (a figure restated, not a new one). */
  figuresSeen?: boolean;
  /** The sentence before it is a question (an answer in an interview or a Q&A). */
  afterQuestion?: boolean;
}

/** Named features of one sentence in its context (see SentenceContext). */
export function namedFeatures(sentence: AnnotatedSentence, context: SentenceContext): Set<NamedFeature> {
  const on = new Set<NamedFeature>();
  const { tokens } = sentence;
  const text = sentence.text.trim();
  const hasDigit = /\d/.test(text);
  if (hasDigit) on.add("digit");
  entityFeatures(sentence, hasDigit, on);
  verbFeatures(tokens, on);
  sourceFeatures(tokens, on);
  comparisonFeatures(tokens, on);
  if (tokens.some((t) => FIRST_PERSON.has(t.normal))) on.add("first_person");
  if (tokens.some((t) => SECOND_PERSON.has(t.normal))) on.add("second_person");
  if (QUESTION_END.test(text)) on.add("question");
  if (/![“"'”’»)]*$/.test(text)) on.add("exclamation");
  if (OPENING_QUOTES.test(text)) on.add("opens_with_quote");
  if (!FINAL_PUNCTUATION.test(text)) on.add("unpunctuated");
  on.add(wordBand(tokens.filter(isWord).length));
  if (tokens.some((t) => SCHEDULING.has(t.normal))) on.add("scheduling");
  if (SERVICE.test(text) || PHONE.test(text)) on.add("service_information");
  if (QUOTED_WORDS.test(text)) on.add("quoted_words");
  if (CAPTION.test(text)) on.add("caption");
  if (imperative(tokens)) on.add("imperative");
  if (tokens.some((t) => FEELING.has(t.normal))) on.add("feeling");
  if (tokens.some((t) => t.pos === "VERB" && BELIEF.has(t.lemma))) on.add("belief");
  if (TALLY.test(text)) on.add("tally");
  if (context.first) on.add("first_line");
  if (context.repeats) on.add("repeats_earlier_text");
  if (context.figuresSeen) on.add("figures_seen_before");
  if (context.afterQuestion) on.add("after_question");
  return on;
}

// FNV-1a, 32 bit: fast and stable across runs and machines, which the committed weights need.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BUCKET_MASK = HASH_BUCKETS - 1; // HASH_BUCKETS is a power of two: `& mask` is `% buckets`

/** Continue an FNV-1a state over the characters of `s`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function bucket(key: string): number {
  return (fnv(FNV_OFFSET, key) >>> 0) % HASH_BUCKETS;
}

const wordForm = (t: AnnotatedToken): string => (t.type === "number" ? "<num>" : t.normal.replace(/\d/g, "0"));

/** Word unigrams and bigrams, part-of-speech bigrams and the opening word, as strings. */
export function ngramKeys(tokens: readonly AnnotatedToken[]): string[] {
  const words = ["<s>", ...tokens.map(wordForm), "</s>"];
  const tags = ["<s>", ...tokens.map((t) => t.pos), "</s>"];
  const keys: string[] = [];
  for (let i = 1; i < words.length - 1; i++) keys.push(`w:${words[i]}`);
  for (let i = 0; i + 1 < words.length; i++) keys.push(`b:${words[i]} ${words[i + 1]}`, `p:${tags[i]} ${tags[i + 1]}`);
  return keys;
}

/**
 * Per word (or tag) form, the hashes `ngramKeys` would compute, without building the key strings:
 * the unigram bucket, the FNV state after "b:<form> " (a bigram's hash continues it over the next
 * form), and the same for "p:<tag> ". Bounded so a long-running server does not grow it forever.
 */
interface FormHashes { form: string; unigram: number; bigramPrefix: number; tagPrefix: number }
const FORM_CACHE_LIMIT = 50_000;
const formCache = new Map<string, FormHashes>();

function hashesOf(form: string): FormHashes {
  let h = formCache.get(form);
  if (h === undefined) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    h = {
      form,
      unigram: (fnv(fnv(FNV_OFFSET, "w:"), form) >>> 0) & BUCKET_MASK,
      bigramPrefix: fnv(fnv(fnv(FNV_OFFSET, "b:"), form), " "),
      tagPrefix: fnv(fnv(fnv(FNV_OFFSET, "p:"), form), " "),
    };
    formCache.set(form, h);
  }
  return h;
}

const numberForm = "<num>";
const normalForms = new Map<string, string>();
function formOf(t: AnnotatedToken): string {
  if (t.type === "number") return numberForm;
  let f = normalForms.get(t.normal);
  if (f === undefined) {
    if (normalForms.size >= FORM_CACHE_LIMIT) normalForms.clear();
    f = /\d/.test(t.normal) ? t.normal.replace(/\d/g, "0") : t.normal;
    normalForms.set(t.normal, f);
  }
  return f;
}

const START = hashesOf("<s>");
const END_FORM = "</s>";

// Reused across calls (scoring is synchronous): per-bucket counts and the buckets touched.
const counts = new Float64Array(HASH_BUCKETS);
let touched = new Int32Array(256);

/**
 * The full sparse vector: named features (value 1) and hashed n-grams, scaled by their count.
 * Same values, bit for bit, as hashing every key of `ngramKeys` (the reference, kept for tests):
 * each occurrence adds the same `scale`, so only the number of additions per bucket matters.
 */
export function featureRow(named: ReadonlySet<NamedFeature>, tokens: readonly AnnotatedToken[]): SparseRow {
  const n = tokens.length;
  // n unigrams, n + 1 word bigrams, n + 1 tag bigrams (see ngramKeys).
  const keyCount = 3 * n + 2;
  // n-grams together weigh about twice one named feature (2 / √k each); chosen by article-grouped
  // cross-validation on the training articles (0.5, 1, 2 and 3 tried; differences were small).
  const scale = NGRAM_WEIGHT / Math.sqrt(keyCount);
  if (touched.length < keyCount) touched = new Int32Array(keyCount * 2);
  let distinct = 0;
  // The three additions per token are written out (no closure): this loop runs for every token.
  let prev = START;
  let prevTag = START;
  for (let i = 0; i <= n; i++) {
    const form = i < n ? formOf(tokens[i]) : END_FORM;
    const tag = i < n ? tokens[i].pos : END_FORM;
    const cur = hashesOf(form);
    let b: number;
    if (i < n) {
      b = cur.unigram;
      if (counts[b] === 0) touched[distinct++] = b;
      counts[b] += scale;
    }
    b = (fnv(prev.bigramPrefix, form) >>> 0) & BUCKET_MASK;
    if (counts[b] === 0) touched[distinct++] = b;
    counts[b] += scale;
    b = (fnv(prevTag.tagPrefix, tag) >>> 0) & BUCKET_MASK;
    if (counts[b] === 0) touched[distinct++] = b;
    counts[b] += scale;
    prev = cur;
    prevTag = i < n ? hashesOf(tag) : cur;
  }
  const hashed = touched.subarray(0, distinct).sort();
  const base = NAMED_FEATURE_LIST.length;
  const namedIndices = [...named].map((f) => NAMED_FEATURE_INDEX.get(f) as number).sort((a, b) => a - b);
  const indices = new Array<number>(namedIndices.length + distinct);
  const values = new Array<number>(namedIndices.length + distinct);
  let k = 0;
  for (const i of namedIndices) { indices[k] = i; values[k++] = 1; }
  for (let j = 0; j < distinct; j++) {
    const b = hashed[j];
    indices[k] = base + b;
    values[k++] = counts[b];
    counts[b] = 0;
  }
  return { indices, values };
}

/** The reference implementation of `featureRow` (string keys): slower, used by the tests. */
export function featureRowReference(named: ReadonlySet<NamedFeature>, tokens: readonly AnnotatedToken[]): SparseRow {
  const values = new Map<number, number>();
  for (const f of named) values.set(NAMED_FEATURE_INDEX.get(f) as number, 1);
  const keys = ngramKeys(tokens);
  const scale = keys.length > 0 ? NGRAM_WEIGHT / Math.sqrt(keys.length) : 0;
  for (const key of keys) {
    const i = NAMED_FEATURE_LIST.length + bucket(key);
    values.set(i, (values.get(i) ?? 0) + scale);
  }
  const indices = [...values.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => values.get(i) as number) };
}
