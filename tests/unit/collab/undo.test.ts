import { describe, expect, it } from "vitest";
import { isTextEntryTarget, isUndoShortcut, planUndo } from "@/lib/domain/undo";

describe("planUndo", () => {
  it("undoes marking a claim by deleting it", () => {
    expect(planUndo({ type: "mark", claimId: "c1" })).toEqual({ method: "DELETE", path: "/api/claims/c1", label: "Undo: mark claim" });
  });

  it("undoes a delete by restoring", () => {
    expect(planUndo({ type: "delete", claimId: "c1" })).toEqual({ method: "POST", path: "/api/claims/c1/restore", label: "Undo: delete claim" });
  });

  it("undoes a verdict change with the version it produced, and what it set as base", () => {
    expect(planUndo({ type: "verdict", claimId: "c1", before: { verdict: "unchecked" }, after: { verdict: "false", version: 4 } })).toEqual({
      method: "PATCH",
      path: "/api/claims/c1",
      body: { version: 4, verdict: "unchecked", base: { verdict: "false" } },
      label: "Undo: verdict change",
    });
  });

  it("escapes ids in paths", () => {
    expect(planUndo({ type: "mark", claimId: "a/b" }).path).toBe("/api/claims/a%2Fb");
  });
});

describe("the Mod-Z shortcut", () => {
  const z = { key: "z", metaKey: false, ctrlKey: true, shiftKey: false, altKey: false };
  const body = { tagName: "BODY" };

  it("is Ctrl-Z off macOS and Cmd-Z on macOS", () => {
    expect(isUndoShortcut(z, body, false)).toBe(true);
    expect(isUndoShortcut(z, body, true)).toBe(false);
    expect(isUndoShortcut({ ...z, ctrlKey: false, metaKey: true }, body, true)).toBe(true);
    expect(isUndoShortcut({ ...z, key: "Z" }, body, false)).toBe(true);
  });

  it("leaves redo and other chords alone", () => {
    expect(isUndoShortcut({ ...z, shiftKey: true }, body, false)).toBe(false);
    expect(isUndoShortcut({ ...z, altKey: true }, body, false)).toBe(false);
    expect(isUndoShortcut({ ...z, key: "y" }, body, false)).toBe(false);
  });

  it("stays the text field's own undo inside text entry", () => {
    expect(isUndoShortcut(z, { tagName: "TEXTAREA" }, false)).toBe(false);
    expect(isUndoShortcut(z, { tagName: "INPUT", type: "text" }, false)).toBe(false);
    expect(isUndoShortcut(z, { tagName: "DIV", isContentEditable: true }, false)).toBe(false);
    expect(isUndoShortcut(z, { tagName: "INPUT", type: "checkbox" }, false)).toBe(true);
    expect(isTextEntryTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTextEntryTarget(null)).toBe(false);
  });
});
