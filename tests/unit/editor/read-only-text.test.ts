import { describe, expect, it } from "vitest";
import { TextSelection } from "@tiptap/pm/state";
import { allowDocChange, isReadOnly, readOnlyTextKey, readOnlyTextPlugin } from "@/lib/editor/read-only-text";
import { stateWith } from "./editor-fixtures";

const TEXT = "Russia denies the meddling charge.";

describe("read-only text", () => {
  it("drops every transaction that would change the text", () => {
    const state = stateWith(TEXT, [readOnlyTextPlugin(true)]);
    const { state: after } = state.applyTransaction(state.tr.insertText("Not ", 1));
    expect(after.doc.textContent).toBe(TEXT);
    expect(isReadOnly(after)).toBe(true);
  });

  it("still lets the selection move, so text can be selected by keyboard", () => {
    const state = stateWith(TEXT, [readOnlyTextPlugin(true)]);
    const { state: after } = state.applyTransaction(state.tr.setSelection(TextSelection.create(state.doc, 1, 7)));
    expect(after.doc.textBetween(after.selection.from, after.selection.to)).toBe("Russia");
  });

  it("can be switched off (edit mode) and on again", () => {
    let state = stateWith(TEXT, [readOnlyTextPlugin(true)]);
    state = state.apply(state.tr.setMeta(readOnlyTextKey, false));
    state = state.applyTransaction(state.tr.insertText("Not: ", 1)).state;
    expect(state.doc.textContent).toBe("Not: " + TEXT);
    state = state.apply(state.tr.setMeta(readOnlyTextKey, true));
    expect(state.applyTransaction(state.tr.insertText("x", 1)).state.doc.textContent).toBe("Not: " + TEXT);
  });

  it("lets an explicitly allowed transaction through (e.g. loading a new revision)", () => {
    const state = stateWith(TEXT, [readOnlyTextPlugin(true)]);
    const { state: after } = state.applyTransaction(allowDocChange(state.tr.insertText("Update: ", 1)));
    expect(after.doc.textContent).toBe("Update: " + TEXT);
  });
});
