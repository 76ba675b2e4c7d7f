import bidiFactory from "bidi-js";

/**
 * Text → the pieces pdfkit should draw, left to right, each with the font that has its
 * glyphs. Two problems are solved here, both per run of text:
 *
 * - Fallback fonts: DejaVu Sans has no CJK ideographs, so `東京` drew as .notdef glyphs
 *   (extracted as U+0000). Each character goes to the first font of the chain that has a
 *   glyph for it; a character no font has becomes U+FFFD (a visible replacement mark).
 * - Right-to-left text: pdfkit lays text out left to right. Runs are ordered visually
 *   with the Unicode bidi algorithm (bidi-js). Inside a run of Arabic or Hebrew letters,
 *   fontkit (pdfkit's font engine) already shapes (Arabic joining forms) and reverses the
 *   glyphs of each word, so such a run is passed word by word (words in reverse order,
 *   each in logical order); other right-to-left runs (spaces, punctuation) are reversed
 *   here, with mirrored brackets.
 *
 * Limitation: the visual order is computed per written run, before pdfkit wraps lines, so
 * a right-to-left paragraph that wraps keeps its lines in left-to-right reading order.
 */
export interface TextPiece {
  text: string;
  /** Index into the font chain (0 = the main font). */
  font: number;
}

export type HasGlyph = (codePoint: number) => boolean;

const bidi = bidiFactory();
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const NEEDS_WORK = /[^\u0000-\u024f\u2000-\u206f\u20ac\u2122]/;
const ALWAYS_MAIN = /[\s\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

function fontFor(ch: string, chain: readonly HasGlyph[]): number {
  if (ALWAYS_MAIN.test(ch)) return 0;
  const cp = ch.codePointAt(0) ?? 0;
  for (let i = 0; i < chain.length; i++) if (chain[i](cp)) return i;
  return -1;
}

/** Splits text by font; characters no font has become U+FFFD in the main font. */
export function splitByFont(text: string, chain: readonly HasGlyph[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const ch of text) {
    let font = fontFor(ch, chain);
    let out = ch;
    if (font < 0) {
      font = 0;
      out = "\ufffd";
    }
    const last = pieces[pieces.length - 1];
    if (last && last.font === font) last.text += out;
    else pieces.push({ text: out, font });
  }
  return pieces;
}

interface LevelRun {
  text: string;
  level: number;
}

function levelRuns(text: string): LevelRun[] {
  const { levels } = bidi.getEmbeddingLevels(text);
  const runs: LevelRun[] = [];
  // levels are per UTF-16 code unit; a surrogate pair shares its level.
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.text += text[i];
    else runs.push({ text: text[i], level: levels[i] });
  }
  return runs;
}

/** Rule L2 of the bidi algorithm, on whole runs: reverse every sequence at or above each odd level. */
function visualOrder(runs: LevelRun[]): LevelRun[] {
  const ordered = [...runs];
  const max = Math.max(...ordered.map((r) => r.level));
  const minOdd = Math.min(...ordered.map((r) => r.level).filter((l) => l % 2 === 1));
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < ordered.length; ) {
      if (ordered[i].level < level) { i++; continue; }
      let j = i;
      while (j < ordered.length && ordered[j].level >= level) j++;
      ordered.splice(i, j - i, ...ordered.slice(i, j).reverse());
      i = j;
    }
  }
  return ordered;
}

function mirrorReverse(text: string): string {
  return [...text].reverse().map((ch) => bidi.getMirroredCharacter(ch) ?? ch).join("");
}

/** The pieces of `text` in drawing order (left to right), each with its font. */
export function layoutPieces(text: string, chain: readonly HasGlyph[]): TextPiece[] {
  if (!NEEDS_WORK.test(text)) return [{ text, font: 0 }];
  if (!RTL_LETTER.test(text)) return splitByFont(text, chain);
  const pieces: TextPiece[] = [];
  for (const run of visualOrder(levelRuns(text))) {
    if (run.level % 2 === 0) pieces.push(...splitByFont(run.text, chain));
    else if (RTL_LETTER.test(run.text)) {
      // Word by word, words in reverse order: fontkit reverses (and shapes) within a word,
      // but across spaces pdfkit misplaced them (Hebrew came out as "word2word1 ").
      for (const token of run.text.split(/(\s+)/).filter(Boolean).reverse()) pieces.push(...splitByFont(token, chain).reverse());
    }
    else pieces.push(...splitByFont(mirrorReverse(run.text), chain));
  }
  return pieces;
}
