import { Extension, type Editor } from "@tiptap/core";

/**
 * Mod-Shift-M (Ctrl+Shift+M, or ⌘⇧M on a Mac) marks the selected text as a claim. The
 * extension only maps the key; what marking means (anchors, the API, messages) is the
 * host's `onMarkClaim` callback.
 */
export interface MarkClaimShortcutOptions {
  onMarkClaim: ((editor: Editor) => void) | null;
}

export const MARK_CLAIM_SHORTCUT = "Mod-Shift-m";

/** How the shortcut reads to a person on this platform. */
export function markClaimShortcutLabel(platform: string = typeof navigator === "undefined" ? "" : navigator.platform): string {
  return /Mac|iP(hone|[oa]d)/.test(platform) ? "⌘⇧M" : "Ctrl+Shift+M";
}

export const MarkClaimShortcut = Extension.create<MarkClaimShortcutOptions>({
  name: "markClaimShortcut",

  addOptions() {
    return { onMarkClaim: null };
  },

  addKeyboardShortcuts() {
    const run = () => {
      if (!this.options.onMarkClaim) return false;
      this.options.onMarkClaim(this.editor);
      return true;
    };
    // With Shift held the browser reports "M"; bind both spellings so no layout misses it.
    return { [MARK_CLAIM_SHORTCUT]: run, "Mod-Shift-M": run };
  },
});
