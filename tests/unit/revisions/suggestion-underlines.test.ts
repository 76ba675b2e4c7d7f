import { describe, expect, it } from "vitest";
import { EditorState } from "@tiptap/pm/state";
import { buildSuggestionDecorations, SuggestionUnderlines, suggestionUnderlinesKey, suggestionUnderlinesPlugin } from "@/lib/editor/suggestion-underlines";
import { starterKitSchema } from "@/lib/revisions";

const doc = { type: "doc", content: [
  { type: "paragraph", content: [{ type: "text", text: "First sentence. " }, { type: "text", text: "Bold claim", marks: [{ type: "bold" }] }, { type: "text", text: " here." }] },
  { type: "paragraph", content: [{ type: "text", text: "Second paragraph claim." }] },
] };
const text = "First sentence. Bold claim here.\nSecond paragraph claim.";

describe("suggestion underlines", () => {
  it("places decorations on the suggested text across marks and paragraphs", () => {
    const node = starterKitSchema().nodeFromJSON(doc);
    const start = text.indexOf("Bold claim here.");
    const second = text.indexOf("Second");
    const set = buildSuggestionDecorations(node, [
      { key: "cw-1", start, end: start + "Bold claim here.".length, score: 0.8 },
      { key: "cw-2", start: second, end: text.length },
      { key: "stale", start: 10, end: 9_999 },
    ], { className: "suggestion-ul", inlineStyle: null });
    const found = set.find();
    expect(found).toHaveLength(2);
    const covered = found.map((d) => node.textBetween(d.from, d.to));
    expect(covered).toEqual(["Bold claim here.", "Second paragraph claim."]);
    expect((found[0] as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({ class: "suggestion-ul", "data-suggestion-key": "cw-1" });
  });

  it("is replaced through transaction metadata (what setSuggestions sets) and mapped through edits", () => {
    const schema = starterKitSchema();
    let state = EditorState.create({ schema, doc: schema.nodeFromJSON(doc), plugins: [suggestionUnderlinesPlugin({ suggestions: [], className: "suggestion-ul", inlineStyle: null })] });
    const decorations = () => suggestionUnderlinesKey.getState(state)!.decorations.find().map((d) => state.doc.textBetween(d.from, d.to));
    expect(decorations()).toEqual([]);
    const start = text.indexOf("Second");
    state = state.apply(state.tr.setMeta(suggestionUnderlinesKey, { type: "set", suggestions: [{ key: "cw-2", start, end: start + 6 }] }));
    expect(decorations()).toEqual(["Second"]);
    state = state.apply(state.tr.insertText("New ", 1));
    expect(decorations()).toEqual(["Second"]);
    state = state.apply(state.tr.setMeta(suggestionUnderlinesKey, { type: "set", suggestions: [] }));
    expect(decorations()).toEqual([]);
  });

  it("is a Tiptap extension with the setSuggestions command", () => {
    expect(SuggestionUnderlines.name).toBe("suggestionUnderlines");
    expect(SuggestionUnderlines.config.addCommands).toBeTypeOf("function");
  });
});
