import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildAnyWordQuery, buildMatchQuery, minSharedWords, queryTerms, quoteFtsString, significantWords } from "@/lib/search";

/** A real FTS5 table: the escaping is only right if SQLite agrees. */
function ftsTable() {
  const db = new Database(":memory:");
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare("INSERT INTO t(body) VALUES (?)");
  for (const body of [
    "Putin's talks with Biden were cancelled",
    "Inflation rose to 3.2% in the U.S. last year",
    "NEAR the river AND the bridge, NOT far",
    "Café owners say \"prices\" (mostly) doubled",
    "see https://www.bbc.co.uk/news/world-123 for details",
  ]) insert.run(body);
  const search = db.prepare("SELECT body FROM t WHERE t MATCH ? ORDER BY rank");
  return (match: string) => (search.all(match) as { body: string }[]).map((r) => r.body);
}

describe("buildMatchQuery", () => {
  const search = ftsTable();

  it("quotes every word and matches the last one as a prefix", () => {
    expect(buildMatchQuery("putin talk")).toBe('"putin" "talk"*');
    expect(search(buildMatchQuery("putin talk")!)).toEqual(["Putin's talks with Biden were cancelled"]);
  });

  it("does not use a prefix once the person typed a space after the last word", () => {
    expect(buildMatchQuery("infla ")).toBe('"infla"');
    expect(search(buildMatchQuery("infla ")!)).toEqual([]);
    expect(search(buildMatchQuery("infla")!)).toHaveLength(1);
  });

  it("treats FTS operators and syntax characters as plain text, never as errors", () => {
    const nasty = ['"', '""', "*", "NEAR", "NEAR(", "AND", "OR", "NOT", "a AND", "(", ")", "((", "-", "-inflation", ":", "body:", "^", "{", "}", "+", "'", "\\", "NEAR/2", '"unbalanced', "café)", "3.2%", "U.S.", "bbc.co.uk", "*putin*", "AND OR NOT NEAR"];
    for (const input of nasty) {
      const match = buildMatchQuery(input);
      if (match === null) continue;
      expect(() => search(match), input).not.toThrow();
    }
    expect(search(buildMatchQuery("NEAR AND NOT")!)).toEqual(["NEAR the river AND the bridge, NOT far"]);
    expect(search(buildMatchQuery("bbc.co.uk")!)).toHaveLength(1);
    expect(search(buildMatchQuery("U.S. 3.2%")!)).toHaveLength(1);
    expect(search(buildMatchQuery("cafe (mostly)")!)).toHaveLength(1);
  });

  it("returns null when there is nothing to search for", () => {
    for (const input of ["", "   ", "*", "( - : )", '"""', "\u0002\u0003"]) expect(buildMatchQuery(input)).toBeNull();
  });

  it("never produces an FTS5 syntax error, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (input) => {
        const match = buildMatchQuery(input);
        if (match !== null) search(match);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', "*", "(", ")", "NEAR", "AND", "OR", "NOT", "-", ":", "^", "{", "}", "putin", " ", "\t", "+"), { maxLength: 12 }), (parts) => {
        const match = buildMatchQuery(parts.join(""));
        if (match !== null) search(match);
      }),
      { numRuns: 500 },
    );
  });

  it("limits the number and length of terms", () => {
    expect(queryTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
    expect(queryTerms("x".repeat(500))[0]).toHaveLength(64);
  });

  it("doubles quotes inside a term", () => {
    expect(quoteFtsString('say "hi"')).toBe('"say ""hi"""');
  });
});

describe("similar-claim queries", () => {
  it("keeps distinct meaningful words, drops stop-words", () => {
    expect(significantWords(["Russia paid bounties on US troops in Afghanistan", "Russia paid the bounties"])).toEqual(["russia", "paid", "bounties", "us", "troops", "afghanistan"]);
  });

  it("asks a similar claim to share a quarter of the words, between one and four", () => {
    expect([1, 3, 4, 5, 8, 12, 30].map(minSharedWords)).toEqual([1, 1, 1, 2, 2, 3, 4]);
  });

  it("builds an any-word query restricted to columns", () => {
    expect(buildAnyWordQuery(["russia", "paid"], ["exact", "normalized"])).toBe('{exact normalized} : ("russia" OR "paid")');
    expect(buildAnyWordQuery([])).toBeNull();
  });
});
