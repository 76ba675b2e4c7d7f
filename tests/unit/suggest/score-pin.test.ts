// Pins the scorer's output bit for bit: the feature rows of every training sentence, the exact
// (unrounded) linear scores under the committed weights, and the suggestions for the 30,000-word
// bench article. Speed work on lib/suggest must keep these identical. Only a deliberate model
// change (new features or new weights from `npm run suggest:train`) may update the digests, and
// the commit that does so says why. Training articles only (lib/suggest/README.md, protocol).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scoreSentence, suggestClaims } from "@/lib/suggest";
import checkworthyFile from "@/lib/suggest/model/checkworthy.json";
import { documentFeatures } from "@/lib/suggest/model/context";
import { linearScore } from "@/lib/suggest/model/logistic";
import { loadModel, type CheckworthyModel } from "@/lib/suggest/model/model-file";
import { generateArticle } from "@/bench/suggest.bench";
import { loadArticles } from "@/bench/suggest/data";

const digest = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
const model = loadModel(checkworthyFile as CheckworthyModel);
const articles = loadArticles("train");

describe("scores are pinned (training articles)", () => {
  const features = articles.map((a) => documentFeatures(a.text, a.sentences));

  it("feature rows of every training sentence", () => {
    const rows = features.map((doc) => doc.map((f) => [[...f.named].sort(), f.row.indices, f.row.values]));
    expect(digest(rows)).toMatchInlineSnapshot(`"718cef526e53c290"`);
  });

  it("exact linear scores under the committed weights", () => {
    expect(digest(features.map((doc) => doc.map((f) => linearScore(model.logistic, f.row))))).toMatchInlineSnapshot(`"24962f67d2fdcbba"`);
  });

  it("a few sentences scored on their own, with their reasons", () => {
    const picks = articles.slice(0, 6).map((a) => a.text.slice(a.sentences[3].start, a.sentences[3].end));
    expect(picks.map((s) => ({ s: s.slice(0, 40), ...scoreSentence(s) }))).toMatchInlineSnapshot(`
      [
        {
          "reasons": [
            "reports what someone did",
            "names several people, places or organisations",
            "names a person, place or organisation",
          ],
          "s": "Photograph: Sandbags stacked outside a s",
          "score": 0.033,
        },
        {
          "reasons": [],
          "s": "Listen to this interview",
          "score": 0,
        },
        {
          "reasons": [
            "names a person, place or organisation",
          ],
          "s": "06:05 GMT",
          "score": 0.002,
        },
        {
          "reasons": [
            "states a quantity in figures",
            "names several people, places or organisations",
            "names a person, place or organisation",
          ],
          "s": "Mon 30 Nov 2026 06.00 GMT",
          "score": 0.024,
        },
        {
          "reasons": [],
          "s": "For immediate release",
          "score": 0.042,
        },
        {
          "reasons": [
            "gives a duration",
          ],
          "s": "6 minute read",
          "score": 0.011,
        },
      ]
    `);
  });

  it("suggestions for the 30,000-word bench article", () => {
    const text = generateArticle(30_000);
    const out = suggestClaims(text);
    expect({ n: out.length, digest: digest(out) }).toMatchInlineSnapshot(`
      {
        "digest": "e22aa5d11a72aae3",
        "n": 888,
      }
    `);
  });
});
