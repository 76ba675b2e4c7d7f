/**
 * Property tests: random articles, random claims, random edits.
 *
 * Original text uses lowercase letters only and edits insert only characters
 * from another alphabet (capitals, digits, symbols). That keeps every edit
 * unambiguous ("which 'a' of 'aa' was deleted?" has no answer), so the expected
 * place of every claim is known exactly and any deviation is a real bug.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAnchor, reanchorClaims, type ClaimAnchorInput, type ReanchoredClaim } from "@/lib/anchoring";
import { prng } from "./helpers";

const LOWER = "abcdefghijklmnopqrst";
/** CI-sized by default; set ANCHORING_PROPERTY_RUNS=5000 for a deeper local search. */
const RUNS = Number(process.env.ANCHORING_PROPERTY_RUNS ?? 250);
const FRESH = fc.string({ unit: fc.constantFrom(..."ABCDEFGHJK0123456789#%&"), minLength: 1, maxLength: 6 });

/** 4 to 8 random letters: words practically never repeat, so no edit is ambiguous. */
function randomWord(rnd: () => number): string {
  let w = "";
  const n = 4 + Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) w += LOWER[Math.floor(rnd() * LOWER.length)];
  return w;
}

// ---------------------------------------------------------------------------
// Word-level edits: the way editors actually change an article.

interface Token {
  text: string;
  sep: string;
  orig: number; // index of the original word, -1 if inserted
  replaced: boolean;
}

const wordEdit = fc.record({ at: fc.nat(), op: fc.constantFrom("replace", "insert", "delete"), word: FRESH });
type WordEdit = { at: number; op: "replace" | "insert" | "delete"; word: string };

const wordScenario = fc.record({
  seed: fc.integer(),
  words: fc.integer({ min: 5, max: 120 }),
  claims: fc.array(fc.tuple(fc.nat(), fc.nat(8)), { minLength: 1, maxLength: 8 }),
  edits: fc.array(wordEdit, { maxLength: 6 }),
});

function buildArticle(seed: number, count: number): Token[] {
  const rnd = prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    text: randomWord(rnd),
    sep: i === count - 1 ? "" : rnd() < 0.1 ? "\n" : " ",
    orig: i,
    replaced: false,
  }));
}

function layout(tokens: readonly Token[]) {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (const tk of tokens) {
    starts.push(text.length);
    text += tk.text;
    ends.push(text.length);
    text += tk.sep;
  }
  return { text, starts, ends };
}

function applyWordEdits(original: readonly Token[], edits: readonly WordEdit[]): Token[] {
  const tokens = original.map((tk) => ({ ...tk }));
  for (const e of edits) {
    if (tokens.length === 0) break;
    const k = e.at % tokens.length;
    if (e.op === "replace") tokens[k] = { ...tokens[k], text: e.word, replaced: true };
    else if (e.op === "insert") tokens.splice(k, 0, { text: e.word, sep: " ", orig: -1, replaced: false });
    else if (tokens.length > 1) {
      const [gone] = tokens.splice(k, 1);
      if (k > 0) tokens[k - 1].sep = k === tokens.length ? "" : gone.sep === "\n" ? "\n" : tokens[k - 1].sep;
    }
  }
  return tokens;
}

interface WordClaim extends ClaimAnchorInput<number> {
  first: number;
  last: number;
}

/** What must have happened to one claim, judged from the words themselves. */
function checkWordClaim(c: WordClaim, r: ReanchoredClaim<number>, tokens: Token[], after: ReturnType<typeof layout>): void {
  const own: number[] = [];
  tokens.forEach((tk, k) => tk.orig >= c.first && tk.orig <= c.last && own.push(k));
  const wordCount = c.last - c.first + 1;
  if (own.length === 0) {
    expect(r.result.status, "all words deleted: must be an orphan").toBe("orphan");
    return;
  }
  const first = own[0];
  const last = own[own.length - 1];
  const untouched = own.length === wordCount && last - first + 1 === wordCount && own.every((k) => !tokens[k].replaced);
  if (untouched) {
    expect(r.anchor, "untouched claim must be placed").not.toBeNull();
    expect(r.anchor?.exact).toBe(c.exact);
    expect([r.anchor?.start, r.anchor?.end]).toEqual([after.starts[first], after.ends[last]]);
    return;
  }
  if (r.result.status === "orphan") return; // an edited claim may be flagged for review
  const { start, end } = r.result;
  const edgesSurvive =
    tokens[first].orig === c.first && !tokens[first].replaced && tokens[last].orig === c.last && !tokens[last].replaced;
  if (edgesSurvive) {
    // Its first and last words are still there, unchanged: it must cover exactly from one to the other.
    expect([start, end]).toEqual([after.starts[first], after.ends[last]]);
  } else {
    // An edge word was deleted or replaced. Then "delete a, replace its neighbour
    // x by N" and "replace a by N, delete x" give the same text, as do "insert N
    // before a, replace a by M" and "replace a by N M": new words next to the
    // edge may go either way. The claim must cover its unchanged words and must
    // not touch any unchanged word that was never part of it.
    const kept = own.filter((k) => !tokens[k].replaced);
    if (kept.length > 0) {
      expect(start).toBeLessThanOrEqual(after.starts[kept[0]]);
      expect(end).toBeGreaterThanOrEqual(after.ends[kept[kept.length - 1]]);
    }
    tokens.forEach((tk, k) => {
      const foreign = tk.orig >= 0 && !tk.replaced && (tk.orig < c.first || tk.orig > c.last);
      if (foreign) expect(after.starts[k] >= end || after.ends[k] <= start, `overlaps foreign word "${tk.text}"`).toBe(true);
    });
  }
  expect(r.textChanged).toBe(true);
}

function wordClaims(tokens: Token[], specs: ReadonlyArray<[number, number]>): WordClaim[] {
  const before = layout(tokens);
  return specs.map(([a, b], id) => {
    const first = a % tokens.length;
    const last = Math.min(tokens.length - 1, first + b);
    return { id, first, last, ...buildAnchor(before.text, before.starts[first], before.ends[last]) };
  });
}

describe("re-anchoring after word edits (property)", () => {
  it("places untouched claims exactly and edited claims on their words or orphans them, using the old text", () => {
    fc.assert(
      fc.property(wordScenario, ({ seed, words, claims: specs, edits }) => {
        const original = buildArticle(seed, words);
        const claims = wordClaims(original, specs);
        const tokens = applyWordEdits(original, edits as WordEdit[]);
        const after = layout(tokens);
        const results = reanchorClaims(after.text, claims, { oldText: layout(original).text });
        results.forEach((r, i) => checkWordClaim(claims[i], r, tokens, after));
      }),
      { numRuns: RUNS },
    );
  });

  it("never places an edited claim on other words when searching without the old text", () => {
    fc.assert(
      fc.property(wordScenario, ({ seed, words, claims: specs, edits }) => {
        const original = buildArticle(seed, words);
        const claims = wordClaims(original, specs);
        const tokens = applyWordEdits(original, edits as WordEdit[]);
        const after = layout(tokens);
        reanchorClaims(after.text, claims).forEach((r, i) => {
          const c = claims[i];
          if (r.result.status === "orphan") return;
          const own = tokens.flatMap((tk, k) => (tk.orig >= c.first && tk.orig <= c.last ? [k] : []));
          if (r.result.status === "quote" || r.result.status === "position") {
            expect(r.anchor?.exact).toBe(c.exact); // an exact quote is the claim's text, wherever it is
            return;
          }
          // A fuzzy placement must overlap what is left of the claim's own words.
          expect(own.length).toBeGreaterThan(0);
          const s = after.starts[own[0]];
          const e = after.ends[own[own.length - 1]];
          expect(r.result.start < e && s < r.result.end).toBe(true);
        });
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

// ---------------------------------------------------------------------------
// Character-level edits and claims that start or end inside words.

const MIN_GAP = 3;

interface CharEdit {
  at: number;
  del: number;
  ins: string;
}

const charScenario = fc.record({
  seed: fc.integer(),
  length: fc.integer({ min: 20, max: 600 }),
  claims: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 8 }),
  edits: fc.array(fc.record({ at: fc.nat(), del: fc.nat(4), ins: fc.oneof(fc.constant(""), FRESH) }), { maxLength: 5 }),
});

function randomText(seed: number, length: number): string {
  const rnd = prng(seed);
  let s = "";
  while (s.length < length) s += rnd() < 0.15 ? (rnd() < 0.2 ? "\n" : " ") : LOWER[Math.floor(rnd() * LOWER.length)];
  return s;
}

/**
 * Sorted, non-overlapping edits in old-text coordinates, a few characters apart.
 * Removals that could have been elsewhere ("a " or " a" in "m a s") are dropped,
 * and so are edits too close together to be told apart ("rmkr\n\n" -> "r\nA":
 * which "r", which newline?): which one happened is unknowable.
 */
function normaliseEdits(text: string, raw: readonly CharEdit[]): CharEdit[] {
  const out: CharEdit[] = [];
  for (const e of [...raw].map((e) => ({ ...e, at: e.at % (text.length + 1) })).sort((a, b) => a.at - b.at)) {
    const del = Math.min(e.del, text.length - e.at);
    if (del === 0 && e.ins === "") continue;
    // "f bb" -> "b": was "f b" deleted, or "f " and the second "b"? A neighbour that
    // also occurs in the removed text makes the edit ambiguous.
    const removed = text.slice(e.at, e.at + del);
    const ambiguous = del > 0 && (removed.includes(text[e.at + del] ?? "\0") || removed.includes(text[e.at - 1] ?? "\0"));
    if (ambiguous) continue;
    const prev = out[out.length - 1];
    if (prev && e.at < prev.at + prev.del + MIN_GAP) continue;
    out.push({ at: e.at, del, ins: e.ins });
  }
  return out;
}

function applyCharEdits(text: string, edits: readonly CharEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.at) + e.ins + out.slice(e.at + e.del);
  return out;
}

/** Where an old offset ends up, with the library's convention: insertions at an edge stay outside. */
function mapThrough(edits: readonly CharEdit[], offset: number, side: "start" | "end"): number {
  let shift = 0;
  for (const e of edits) {
    const end = e.at + e.del;
    const before = side === "start" ? end <= offset : end < offset || (end === offset && e.del > 0);
    if (before) shift += e.ins.length - e.del;
  }
  return offset + shift;
}

const isWord = (ch: string | undefined) => ch !== undefined && /[a-zA-Z0-9]/.test(ch);

describe("re-anchoring after character edits (property)", () => {
  it("keeps claims untouched by edits on identical text, and edited ones within their words", () => {
    fc.assert(
      fc.property(charScenario, ({ seed, length, claims: specs, edits: rawEdits }) => {
        const oldText = randomText(seed, length);
        const edits = normaliseEdits(oldText, rawEdits);
        const newText = applyCharEdits(oldText, edits);
        // Claims of nothing but whitespace are not claims: any space is as good as another.
        const claims = specs
          .map(([a, len], id) => {
            const start = a % (oldText.length - 1);
            return { id, ...buildAnchor(oldText, start, Math.min(oldText.length, start + len)) };
          })
          .filter((c) => c.exact.trim().length > 0);
        const results = reanchorClaims(newText, claims, { oldText });
        results.forEach((r, i) => {
          const c = claims[i];
          const touching = edits.filter((e) => e.at < c.end && e.at + e.del > c.start || (e.del === 0 && e.at > c.start && e.at < c.end));
          const s = mapThrough(edits, c.start, "start");
          const e = mapThrough(edits, c.end, "end");
          if (touching.length === 0) {
            // Untouched: the same text, at its new place (or at an identical copy within the same words).
            expect(r.anchor?.exact, `claim ${JSON.stringify(c.exact)}`).toBe(c.exact);
            const [ws, we] = widenToWords(newText, s, e);
            expect(r.anchor!.start).toBeGreaterThanOrEqual(ws);
            expect(r.anchor!.end).toBeLessThanOrEqual(we);
            return;
          }
          const inside = touching.every((t) => t.at >= c.start && t.at + t.del <= c.end);
          if (!inside || r.anchor === null) return; // edits across an edge: ambiguous by nature
          // Never on other text: it overlaps the edited span...
          expect(r.anchor.start < Math.max(e, s + 1) && s < r.anchor.end).toBe(true);
          // ...and stays within it, widened at most to whole words. Except where the edits
          // have no single word-by-word reading: when another edit falls in the word at
          // an edge ("&A" typed at the start of a word while "f" -> "A" inside the claim
          // later in that word), or when an edit removes whitespace and so merges two
          // words ("le conis" -> "lecon&is").
          const [w1s, w1e] = widenToWords(oldText, c.start, c.start);
          const [w2s, w2e] = widenToWords(oldText, c.end, c.end);
          const inEdgeWord = (t: CharEdit) => (t.at <= w1e && t.at + t.del >= w1s - 1) || (t.at <= w2e + 1 && t.at + t.del >= w2s);
          const atEdge = edits.some((t) => !touching.includes(t) && inEdgeWord(t));
          const mergesWords = edits.some((t) => /\s/.test(oldText.slice(t.at, t.at + t.del)));
          if (atEdge || mergesWords) return;
          const [ws, we] = widenToWords(newText, s, e);
          expect(r.anchor.start).toBeGreaterThanOrEqual(ws);
          expect(r.anchor.end).toBeLessThanOrEqual(we);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

function widenToWords(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && isWord(text[s - 1])) s--;
  while (e < text.length && isWord(text[e])) e++;
  return [s, e];
}
