import { describe, expect, it } from "vitest";
import type { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { EditorState } from "@tiptap/pm/state";
import { buildClaimDecorations, changedClaimIds, patchClaimDecorations, pickClaimAt, type HighlightClaim } from "@/lib/editor/claim-decorations";
import { claimHighlightsKey, type ClaimHighlightsMeta } from "@/lib/editor/claim-highlights-key";
import { claimHighlightsPlugin } from "@/lib/editor/claim-highlights-plugin";
import { docFromText, longArticle, stateWith } from "./editor-fixtures";

const TEXT = "Moscow said talks were a missed opportunity.\nRussia denies the meddling charge.";
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
const hl = (id: string, quote: string, extra: Partial<HighlightClaim> = {}): HighlightClaim => ({ id, verdict: "disputed", ...at(quote), ...extra });

function setup(claims: HighlightClaim[]) {
  return stateWith(TEXT, [claimHighlightsPlugin({ claims, activeClaimId: null, onClaimClick: null, flashDuration: 1000 })]);
}
const send = (state: EditorState, m: ClaimHighlightsMeta) => state.apply(state.tr.setMeta(claimHighlightsKey, m));
const highlights = (state: EditorState): Decoration[] => claimHighlightsKey.getState(state)!.decorations.find().filter((d) => (d.spec as { kind: string }).kind === "claim");
const textOf = (state: EditorState, d: Decoration) => state.doc.textBetween(d.from, d.to, "\n");
const typeOf = (d: Decoration) => (d as unknown as { type: { attrs: { class: string } } }).type;
const classOf = (d: Decoration) => typeOf(d).attrs.class;

describe("claim highlights", () => {
  it("draws each claim over exactly its words, with its verdict class and id", () => {
    const state = setup([hl("c1", "missed opportunity"), hl("c2", "Russia denies", { verdict: "false" })]);
    const [first, second] = highlights(state);
    expect(textOf(state, first)).toBe("missed opportunity");
    expect(classOf(first)).toBe("claim-hl claim-hl--disputed");
    expect(textOf(state, second)).toBe("Russia denies");
    expect(classOf(second)).toContain("claim-hl--false");
  });

  it("draws a claim across paragraphs", () => {
    const state = setup([hl("c1", "opportunity.\nRussia")]);
    const pieces = highlights(state);
    expect(pieces.map((d) => textOf(state, d)).join("\n")).toBe("opportunity.\nRussia");
  });

  it("draws overlapping and nested claims each as its own decoration", () => {
    const state = setup([hl("outer", "Russia denies the meddling charge."), hl("inner", "the meddling"), hl("overlap", "meddling charge")]);
    expect(highlights(state).map((d) => textOf(state, d))).toEqual(["Russia denies the meddling charge.", "the meddling", "meddling charge"]);
  });

  it("leaves out orphans and claims that do not fit the text", () => {
    const state = setup([hl("gone", "Russia denies", { anchorStatus: "orphan" }), { id: "far", verdict: "false", start: 500, end: 520 }]);
    expect(highlights(state)).toEqual([]);
  });

  it("restyles only the active claim's decorations, in place", () => {
    const before = setup([hl("c1", "missed opportunity"), hl("c2", "Russia denies")]);
    const after = send(before, { type: "setActive", id: "c2" });
    const [c1Before] = highlights(before);
    const [c1After, c2After] = highlights(after);
    // Copies of an untouched decoration share its type: it was not rebuilt.
    expect(typeOf(c1After)).toBe(typeOf(c1Before));
    expect(classOf(c2After)).toContain("claim-hl--active");
    expect(claimHighlightsKey.getState(after)!.activeId).toBe("c2");
    expect(classOf(highlights(send(after, { type: "setActive", id: null }))[1])).not.toContain("active");
  });

  it("replaces the claims on setClaims and keeps the active claim while it still exists", () => {
    let state = send(setup([hl("c1", "missed opportunity")]), { type: "setActive", id: "c1" });
    state = send(state, { type: "setClaims", claims: [hl("c1", "missed opportunity", { verdict: "verified" }), hl("c3", "Russia")] });
    expect(highlights(state).map(classOf)).toEqual(["claim-hl claim-hl--verified claim-hl--active", "claim-hl claim-hl--disputed"]);
    state = send(state, { type: "setClaims", claims: [hl("c3", "Russia")] });
    expect(claimHighlightsKey.getState(state)!.activeId).toBeNull();
  });

  it("maps decorations through document changes instead of rebuilding them", () => {
    const state = setup([hl("c2", "Russia denies")]);
    const next = state.apply(state.tr.insertText("Breaking: ", 1));
    expect(textOf(next, highlights(next)[0])).toBe("Russia denies");
  });

  it("counts flash requests so the same claim can flash twice", () => {
    let state = setup([hl("c1", "missed opportunity")]);
    state = send(state, { type: "flash", id: "c1" });
    state = send(state, { type: "flash", id: "c1" });
    expect(claimHighlightsKey.getState(state)).toMatchObject({ flashId: "c1", flashSeq: 2 });
    expect(classOf(highlights(state)[0])).toContain("claim-hl--flash");
  });
});

describe("clicking where claims overlap", () => {
  const outer = hl("outer", "Russia denies the meddling charge.");
  const inner = hl("inner", "the meddling");
  it("opens the innermost claim first, then cycles outwards on the same spot", () => {
    expect(pickClaimAt([outer, inner], null, false)?.id).toBe("inner");
    expect(pickClaimAt([outer, inner], "inner", true)?.id).toBe("outer");
    expect(pickClaimAt([outer, inner], "outer", true)?.id).toBe("inner");
    expect(pickClaimAt([outer, inner], "outer", false)?.id).toBe("inner");
    expect(pickClaimAt([], null, false)).toBeNull();
  });
});

describe("performance", () => {
  it("draws 2,000 claims on a 30,000-word article in well under the 2 s budget", () => {
    const text = longArticle(1_000, 30);
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(30_000);
    const doc = docFromText(text);
    const claims: HighlightClaim[] = [];
    for (let i = 0; i < 2_000; i++) {
      const start = Math.floor((i / 2_000) * (text.length - 200));
      claims.push({ id: `c${i}`, verdict: "verified", start, end: start + 40 + (i % 120) });
    }
    const t0 = performance.now();
    const set = buildClaimDecorations(doc, claims, { activeId: null, flashId: null });
    const ms = performance.now() - t0;
    expect(set.find().length).toBeGreaterThanOrEqual(4_000); // a highlight and a badge each
    // The projection is built once; the browser then only renders what ProseMirror asks for.
    expect(ms).toBeLessThan(500);
  });
});

describe("redrawing", () => {
  it("keeps the decorations when the new claim list draws the same (e.g. only a rationale changed)", () => {
    const claims = [hl("c1", "missed opportunity"), hl("c2", "Russia denies")];
    const state = setup(claims);
    const next = send(state, { type: "setClaims", claims: claims.map((c) => ({ ...c })) });
    expect(claimHighlightsKey.getState(next)!.decorations).toBe(claimHighlightsKey.getState(state)!.decorations);
    const moved = send(state, { type: "setClaims", claims: [claims[0], { ...claims[1], verdict: "false" }] });
    expect(claimHighlightsKey.getState(moved)!.decorations).not.toBe(claimHighlightsKey.getState(state)!.decorations);
  });
});

describe("patching the drawing when a few claims change", () => {
  /** What a set draws, independent of how it was built: kind, range, class or letters, ids. */
  const drawing = (set: DecorationSet) =>
    set
      .find()
      .map((d) => {
        const spec = d.spec as { kind: string; claimId?: string; claimIds?: string[]; key?: string };
        return spec.kind === "claim" ? `claim ${d.from}-${d.to} ${spec.claimId} ${classOf(d)}` : `badge ${d.from} ${spec.key}`;
      })
      .sort();
  const text = longArticle(60, 25);
  const doc = docFromText(text);
  const flags = { activeId: "c3", flashId: null };
  function claimsFrom(seed: number, n: number): HighlightClaim[] {
    let x = seed;
    const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const verdicts = ["verified", "false", "disputed"] as const;
    const claims: HighlightClaim[] = [];
    for (let i = 0; i < n; i++) {
      // Many share an end or a start (letters side by side), some span paragraphs.
      const start = Math.floor(rand() * (text.length - 300));
      const end = i % 5 === 0 && i > 0 ? claims[i - 1].end : start + 5 + Math.floor(rand() * (i % 7 === 0 ? 250 : 40));
      claims.push({ id: `c${i}`, start: Math.min(start, end - 1), end, verdict: verdicts[i % 3], letter: ["V", "F", "D"][i % 3] });
    }
    return claims;
  }
  const asMap = (claims: HighlightClaim[]) => new Map(claims.map((c) => [c.id, c]));

  it("draws exactly what a rebuild draws after adding, removing and changing claims", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const before = claimsFrom(seed, 80);
      const set = buildClaimDecorations(doc, before, flags);
      const after = before.slice();
      const pick = (k: number) => (seed * 13 + k * 7) % after.length;
      // One more claim ending where another ends (shares its letter group), one removed,
      // one whose verdict changed, one moved, one orphaned, one pending.
      const twin = after[pick(1)];
      after.push({ id: "new", start: twin.start + 1 < twin.end ? twin.start + 1 : twin.start, end: twin.end, verdict: "false", letter: "F", pending: true });
      after.splice(pick(2), 1);
      after[pick(3)] = { ...after[pick(3)], verdict: "verified", letter: "V" };
      after[pick(4)] = { ...after[pick(4)], start: after[pick(4)].start + 3, end: after[pick(4)].end + 9 };
      after[pick(5)] = { ...after[pick(5)], anchorStatus: "orphan" };
      const changed = changedClaimIds(asMap(before), asMap(after));
      expect(changed.size).toBeGreaterThanOrEqual(4);
      const patched = patchClaimDecorations(set, doc, asMap(after), changed, flags);
      expect(drawing(patched)).toEqual(drawing(buildClaimDecorations(doc, after, flags)));
    }
  });

  it("groups letters by where a claim really ends, not where a piece of one across paragraphs ends", () => {
    const doc2 = docFromText(TEXT);
    const before = [hl("across", "opportunity.\nRussia"), hl("b", "missed opportunity.")];
    const after = [...before, hl("c", "opportunity.", { verdict: "false" })];
    const set = buildClaimDecorations(doc2, before, flags);
    const patched = patchClaimDecorations(set, doc2, asMap(after), new Set(["c"]), flags);
    expect(drawing(patched)).toEqual(drawing(buildClaimDecorations(doc2, after, flags)));
  });

  it("finds nothing to redraw when only what is not drawn changed", () => {
    const claims = claimsFrom(3, 10);
    expect(changedClaimIds(asMap(claims), asMap(claims.map((c) => ({ ...c }))))).toEqual(new Set());
    expect(changedClaimIds(asMap(claims), asMap([...claims.slice(1), { ...claims[0], letter: "X" }]))).toEqual(new Set(["c0"]));
  });

  it("keeps every untouched claim's decoration when one claim is marked, and rebuilds after an edit", () => {
    const before = [hl("c1", "missed opportunity"), hl("c2", "Russia denies")];
    const state = setup(before);
    const marked = send(state, { type: "setClaims", claims: [...before, hl("c3", "meddling charge", { pending: true })] });
    const [c1Before] = highlights(state);
    const after = highlights(marked);
    expect(after.map((d) => textOf(marked, d))).toEqual(["missed opportunity", "Russia denies", "meddling charge"]);
    expect(typeOf(after[0])).toBe(typeOf(c1Before)); // not rebuilt
    expect(classOf(after[2])).toContain("claim-hl--pending");
    // After a text edit the mapped set is not patched: the claims are drawn from their offsets again.
    const edited = marked.apply(marked.tr.insertText("Breaking: ", 1));
    const redrawn = send(edited, { type: "setClaims", claims: [hl("c1", "missed opportunity")] });
    const { start, end } = at("missed opportunity");
    // Drawn from its offsets on the edited text (so 10 characters earlier in the words), not the mapped decoration.
    expect(highlights(redrawn).map((d) => redrawn.doc.textBetween(d.from, d.to))).toEqual([("Breaking: " + TEXT).slice(start, end)]);
  });
});
