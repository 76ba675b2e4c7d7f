import type { Verdict } from "./enums";

/**
 * Undo of the user's own last action in the workbench (Mod-Z outside text fields). The
 * workbench records what it just did; this decides which API call takes it back. Undo is
 * an ordinary write: it goes through the same version checks, so undoing a verdict that a
 * colleague has changed since is refused (409) rather than silently overwriting theirs.
 */
export type UndoableAction =
  | { type: "mark"; claimId: string }
  | { type: "delete"; claimId: string }
  | {
      type: "verdict";
      claimId: string;
      /** The verdict before the change. */
      before: { verdict: Verdict };
      /** The verdict set and the claim version the server answered with. */
      after: { verdict: Verdict; version: number };
    };

export interface UndoCall {
  method: "POST" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  /** For the toast / menu: "Undo: mark claim". */
  label: string;
}

export function planUndo(action: UndoableAction): UndoCall {
  const claim = `/api/claims/${encodeURIComponent(action.claimId)}`;
  switch (action.type) {
    case "mark":
      return { method: "DELETE", path: claim, label: "Undo: mark claim" };
    case "delete":
      return { method: "POST", path: `${claim}/restore`, label: "Undo: delete claim" };
    case "verdict":
      return {
        method: "PATCH",
        path: claim,
        // base = what we set: if someone else changed other fields since, the server re-bases;
        // if they changed the verdict itself, it refuses with 409 and their version.
        body: { version: action.after.version, verdict: action.before.verdict, base: { verdict: action.after.verdict } },
        label: "Undo: verdict change",
      };
  }
}

export interface KeyLike {
  key: string;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

/** True when keys typed here edit text, so Mod-Z must stay the field's own undo. */
export function isTextEntryTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
  return false;
}

/** Mod-Z (Cmd on macOS, Ctrl elsewhere) without Shift/Alt, outside text entry. */
export function isUndoShortcut(event: KeyLike, target: TargetLike | null | undefined, isMac: boolean): boolean {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "z" && !isTextEntryTarget(target);
}
