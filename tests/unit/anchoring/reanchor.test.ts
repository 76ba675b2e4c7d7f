import { describe, expect, it } from "vitest";
import { buildAnchor, reanchorClaims, type ClaimAnchorInput } from "@/lib/anchoring";

const OLD = [
  "Officials said on Tuesday that Russia paid bounties to militants for attacks on US troops.",
  "The White House said the report was not verified and declined to comment further.",
  "Three newspapers published the report. A fourth paper disputed it.",
].join("\n");

function claim(id: string, quote: string, text = OLD, occurrence = 0): ClaimAnchorInput {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture error: "${quote}" not in text`);
  return { id, ...buildAnchor(text, start, start + quote.length) };
}

/** The text each claim now covers (null for orphans), checked with and without the old text. */
function reanchoredTexts(newText: string, claims: ClaimAnchorInput[], withOldText = true): Array<string | null> {
  const results = reanchorClaims(newText, claims, withOldText ? { oldText: OLD } : {});
  return results.map((r) => (r.anchor ? newText.slice(r.anchor.start, r.anchor.end) : null));
}

const russia = claim("russia", "Russia paid bounties to militants");
const notVerified = claim("verify", "the report was not verified");
const newspapers = claim("papers", "Three newspapers published the report");

describe("reanchorClaims", () => {
  it("keeps every claim where it was when the text did not change", () => {
    const results = reanchorClaims(OLD, [russia, notVerified], { oldText: OLD });
    expect(results.map((r) => r.result.status)).toEqual(["position", "position"]);
    expect(results[0].anchor).toEqual(buildAnchor(OLD, russia.start, russia.end));
    expect(results.every((r) => !r.textChanged)).toBe(true);
  });

  it("shifts claims after an edit before them and refreshes their context", () => {
    const edited = "UPDATED: " + OLD;
    for (const withOld of [true, false]) {
      const [r] = reanchorClaims(edited, [russia], withOld ? { oldText: OLD } : {});
      expect(r.anchor).toEqual(buildAnchor(edited, russia.start + 9, russia.end + 9));
      expect(r.textChanged).toBe(false);
    }
  });

  it("leaves claims before an edit untouched", () => {
    const edited = OLD.replace("A fourth paper disputed it.", "A fourth paper, citing officials, disputed it.");
    const results = reanchorClaims(edited, [russia, notVerified], { oldText: OLD });
    expect(results.map((r) => r.anchor?.start)).toEqual([russia.start, notVerified.start]);
    expect(results.map((r) => r.result.status)).toEqual(["position", "position"]);
  });

  it("follows an edit inside a claim and flags the text as changed", () => {
    const edited = OLD.replace("paid bounties to militants", "paid large bounties to Taliban militants");
    const [withOld] = reanchorClaims(edited, [russia], { oldText: OLD });
    expect(withOld.result.status).toBe("fuzzy");
    expect(withOld.anchor?.exact).toBe("Russia paid large bounties to Taliban militants");
    expect(withOld.textChanged).toBe(true);
    // Searching without the old text is stricter: 14 new characters in a 33-character
    // quote exceed the 25% fuzzy threshold, so the claim is flagged rather than guessed.
    expect(reanchorClaims(edited, [russia])[0].result.status).toBe("orphan");
    const lightly = OLD.replace("paid bounties", "paid large bounties");
    expect(reanchorClaims(lightly, [russia])[0].anchor?.exact).toBe("Russia paid large bounties to militants");
  });

  it("keeps text typed right before or after a claim outside it", () => {
    const edited = OLD.replace("Russia paid bounties to militants", "allegedly Russia paid bounties to militants, sources say");
    expect(reanchoredTexts(edited, [russia])).toEqual(["Russia paid bounties to militants"]);
  });

  it("orphans a claim whose quote was deleted, with a reason, and keeps the others", () => {
    const edited = OLD.replace("The White House said the report was not verified and declined to comment further.\n", "");
    const results = reanchorClaims(edited, [russia, notVerified, newspapers], { oldText: OLD });
    expect(results.map((r) => r.result.status)).toEqual(["position", "orphan", "position"]);
    const orphan = results[1];
    expect(orphan.anchor).toBeNull();
    expect(orphan.result.status === "orphan" && orphan.result.reason).toMatch(/deleted/);
    expect(orphan.id).toBe("verify");
  });

  it("orphans a claim whose words were mostly rewritten", () => {
    const edited = OLD.replace("Three newspapers published the report", "No outlet ever printed such a story");
    const [r] = reanchorClaims(edited, [newspapers], { oldText: OLD });
    expect(r.result.status).toBe("orphan");
    expect(r.result.status === "orphan" && r.result.reason).toMatch(/rewritten/);
  });

  it("re-anchors overlapping and nested claims through one edit", () => {
    const outer = claim("outer", "Russia paid bounties to militants for attacks on US troops");
    const inner = claim("inner", "bounties to militants");
    const overlapping = claim("overlap", "militants for attacks");
    const edited = OLD.replace("to militants for", "to Taliban-linked militants for");
    expect(reanchoredTexts(edited, [outer, inner, overlapping])).toEqual([
      "Russia paid bounties to Taliban-linked militants for attacks on US troops",
      "bounties to Taliban-linked militants",
      // Inserted exactly at this claim's start: typed before it, so not part of it.
      "militants for attacks",
    ]);
  });

  it("follows a claim into a paragraph that was moved", () => {
    const [p1, p2, p3] = OLD.split("\n");
    const moved = [p2, p3, p1].join("\n");
    const results = reanchorClaims(moved, [russia, newspapers], { oldText: OLD });
    expect(results.map((r) => moved.slice(r.anchor?.start, r.anchor?.end))).toEqual([
      "Russia paid bounties to militants",
      "Three newspapers published the report",
    ]);
  });

  it("with the old text, does not move a deleted claim onto a repeated quote", () => {
    const text = "He said: we won. Later he said: we won.";
    const first = { id: "first", ...buildAnchor(text, 3, 15) }; // "said: we won"
    const edited = "He left. Later he said: we won.";
    const [diffed] = reanchorClaims(edited, [first], { oldText: text });
    expect(diffed.result.status).toBe("orphan");
    // Without the old text we can only search, and the other occurrence is found (as Hypothesis does).
    const [searched] = reanchorClaims(edited, [first]);
    expect(searched.result.status).toBe("quote");
  });

  it("searches for a claim whose stored position does not fit the old text", () => {
    const stale = { ...russia, start: 0, end: russia.exact.length };
    const edited = "UPDATED: " + OLD;
    const [r] = reanchorClaims(edited, [stale], { oldText: OLD });
    expect(r.result.status).toBe("quote");
    expect(r.anchor?.exact).toBe(russia.exact);
  });

  it("handles a claim at the very start and the very end of the text", () => {
    const first = claim("first", "Officials said");
    const last = claim("last", "disputed it.");
    const edited = "Officials said, on Tuesday, " + OLD.slice("Officials said on Tuesday ".length) + " More soon.";
    expect(reanchoredTexts(edited, [first, last])).toEqual(["Officials said", "disputed it."]);
  });

  it("keeps whitespace the quote did not have out of the new range", () => {
    const c = claim("c", "declined to comment further");
    const edited = OLD.replace("comment further.", "comment.");
    expect(reanchoredTexts(edited, [c])).toEqual(["declined to comment"]);
  });

  it("re-anchors a claim across paragraphs when one of them changes", () => {
    const c = claim("c", "US troops.\nThe White House");
    const edited = OLD.replace("The White House said", "The White House later said");
    expect(reanchoredTexts(edited, [c])).toEqual(["US troops.\nThe White House"]);
    const merged = OLD.replace("US troops.\nThe", "US troops. The");
    expect(reanchoredTexts(merged, [c])).toEqual(["US troops. The White House"]);
  });

  it("returns results in input order with the caller's ids", () => {
    const claims = [newspapers, russia].map((c, i) => ({ ...c, id: i + 100 }));
    expect(reanchorClaims(OLD, claims).map((r) => r.id)).toEqual([100, 101]);
  });

  it("returns nothing for no claims and copes with an empty new text", () => {
    expect(reanchorClaims(OLD, [], { oldText: OLD })).toEqual([]);
    const [r] = reanchorClaims("", [russia], { oldText: OLD });
    expect(r.result.status).toBe("orphan");
  });
});
