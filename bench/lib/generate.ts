import { readFileSync } from "node:fs";
import path from "node:path";
import { seededRandom } from "@/lib/suggest/model/random";

/** Deterministic PRNG (mulberry32, shared with the model's training) so every run generates the same data. */
export const rng = seededRandom;

const SAMPLE = readFileSync(path.resolve(__dirname, "../../prisma/seed/article.txt"), "utf8");
const SENTENCES = SAMPLE.split(/\n/).slice(1, -1).flatMap((p) => p.split(/(?<=[.!?'])\s+/)).filter((s) => s.split(" ").length > 4);

/** A news-like article of about `words` words: sentences of the sample article, shuffled into paragraphs. */
export function generateArticle(words: number, seed = 1): string {
  const random = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    const sentences: string[] = [];
    const len = 2 + Math.floor(random() * 4);
    for (let i = 0; i < len && count < words; i++) {
      const s = SENTENCES[Math.floor(random() * SENTENCES.length)];
      // A running number keeps repeated sentences distinguishable, as real text is.
      const numbered = s.replace(/\.$/, ` (item ${++n}).`);
      sentences.push(numbered);
      count += numbered.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n");
}

/** `count` claim spans over `text`: word-aligned, 3–12 words, a share nested or overlapping. */
export function generateSpans(text: string, count: number, seed = 2): { start: number; end: number }[] {
  const random = rng(seed);
  const wordStarts: number[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  const wordEnds: number[] = [];
  while ((m = re.exec(text))) {
    wordStarts.push(m.index);
    wordEnds.push(m.index + m[0].length);
  }
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < count; i++) {
    const w = Math.floor((i / count) * (wordStarts.length - 15));
    const len = 3 + Math.floor(random() * 10);
    spans.push({ start: wordStarts[w], end: wordEnds[Math.min(wordEnds.length - 1, w + len)] });
    if (i % 10 === 9 && spans.length > 1) {
      // every tenth claim overlaps its predecessor
      const prev = spans[spans.length - 2];
      spans[spans.length - 1] = { start: prev.start + Math.floor((prev.end - prev.start) / 2), end: spans[spans.length - 1].end + 20 };
      const s = spans[spans.length - 1];
      s.start = text.lastIndexOf(" ", s.start) + 1;
      const e = text.indexOf(" ", s.end);
      s.end = e < 0 ? text.length : e;
    }
  }
  return spans;
}
