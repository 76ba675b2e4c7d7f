/**
 * The benchmarks' big export input: a ~30,000-word article with 2,000 claims, generated
 * from a seeded PRNG so every run (and every machine) measures the same work.
 */
import { VERDICTS } from "@/lib/domain/enums";
import type { ExportClaim, ExportInput } from "@/lib/export/types";

export const WORDS = 30_000;
export const CLAIMS = 2_000;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = ("the minister said sanctions would follow election meddling report found officials " +
  "Kremlin Washington denied claims troops bounties hack statement opportunity relations talks " +
  "Zoë Łukasz “quoted” ‘words’ percent million 2020 2021 according to sources evidence").split(" ");

export function buildInput(): ExportInput {
  const random = prng(20210322);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Words with their offsets, in paragraphs of 60–140 words.
  const wordStarts: number[] = [];
  let text = "";
  let inParagraph = 0;
  let paragraphLength = 100;
  for (let i = 0; i < WORDS; i++) {
    if (i > 0) {
      if (inParagraph >= paragraphLength) { text += ".\n"; inParagraph = 0; paragraphLength = 60 + Math.floor(random() * 80); }
      else text += " ";
    }
    wordStarts.push(text.length);
    text += pick(VOCABULARY);
    inParagraph++;
  }
  text += ".";
  const person = (n: number) => ({ name: `Editor ${n} Ødegård`, email: `editor${n}@factdesk.test` });
  const claims: ExportClaim[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    // Evenly spread, 3–25 words long, so neighbours often overlap and sometimes nest.
    const first = Math.floor((i / CLAIMS) * (WORDS - 30)) + Math.floor(random() * 10);
    const last = first + 3 + Math.floor(random() * 22);
    const start = wordStarts[first];
    const end = wordStarts[last] - 1;
    const approved = random() < 0.85;
    const verdict = approved ? pick(VERDICTS.filter((v) => v !== "unchecked")) : pick(VERDICTS);
    claims.push({
      id: `clm_${i}`, number: i + 1, exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32),
      start, end, anchorStatus: "anchored",
      claimant: i % 7 === 0 ? `=CMD("x") ${i}` : `Minister ${i % 50}`, normalized: `Normalised claim number ${i}`,
      verdict, rationale: `**Why:** the record shows otherwise, see [source](https://example.org/${i}).\n\n- point one\n- point two`,
      reviewState: approved ? "approved" : "needs_review", assignee: person(i % 9), createdBy: person(i % 5),
      createdAt: "2021-03-23T10:00:00.000Z", updatedAt: "2021-03-24T10:00:00.000Z",
      approvedBy: approved ? person(99) : null, approvedAt: approved ? "2021-03-25T10:00:00.000Z" : null,
      sources: [{ id: `src_${i}`, url: `https://example.org/source/${i}`, title: `Source ${i}`, publisher: "Agency", excerpt: "An excerpt, with “quotes”.", stance: "refutes", accessedAt: "2021-03-23", archiveUrl: null }],
      comments: [{ id: `cmt_${i}`, parentId: null, author: person(i % 3), body: "Looks right.", createdAt: "2021-03-23T11:00:00.000Z", editedAt: null, resolvedAt: null }],
      history: [{ id: i, type: "claim.created", actor: person(i % 5), createdAt: "2021-03-23T10:00:00.000Z", before: null, after: { verdict }, note: null }],
    });
  }
  return {
    article: {
      id: "art_bench", title: "Benchmark article", publisher: "Bench Times", byline: "A. Writer", url: "https://example.org/article",
      publishedAt: "2021-03-22", text, doc: { type: "doc", content: [] }, createdAt: "2021-03-22T00:00:00.000Z", updatedAt: "2021-03-22T00:00:00.000Z",
    },
    claims,
  };
}

