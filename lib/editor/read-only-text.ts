import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";

/**
 * Keeps the article text read-only while leaving the editor `editable`, so readers can
 * still place a caret and select with the mouse or with Shift+arrows (a non-editable
 * ProseMirror view has no keyboard selection). Every transaction that would change the
 * document is dropped; selection and decoration transactions pass.
 *
 * A later "Edit text" mode turns it off with `setReadOnly(false)`. Code that must replace
 * the document while read-only (e.g. loading a new revision) marks its transaction with
 * `allowDocChange(tr)`.
 */
export interface ReadOnlyTextOptions {
  /** Start read-only. */
  enabled: boolean;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    readOnlyText: {
      /** Turns the read-only guard on or off. */
      setReadOnly: (enabled: boolean) => ReturnType;
    };
  }
}

export const readOnlyTextKey = new PluginKey<boolean>("readOnlyText");
const ALLOW_DOC_CHANGE = "readOnlyText:allowDocChange";

/** Lets one transaction through the guard, for programmatic document replacement. */
export function allowDocChange(tr: Transaction): Transaction {
  return tr.setMeta(ALLOW_DOC_CHANGE, true);
}

/** Whether the text is currently protected. */
export function isReadOnly(state: EditorState): boolean {
  return readOnlyTextKey.getState(state) ?? false;
}

// Input types that only move the caret or selection are not listed by browsers as
// beforeinput events, so cancelling every beforeinput blocks exactly the editing ones.
// Composition (IME) input cannot be cancelled; the transaction filter catches it and
// ProseMirror redraws the damaged DOM.
function blockNativeEditing(view: { state: EditorState }, event: Event): boolean {
  if (!isReadOnly(view.state)) return false;
  const input = event as InputEvent;
  if (input.inputType === "insertCompositionText") return false;
  event.preventDefault();
  return true;
}

/** The guard as a plain ProseMirror plugin (the extension's only plugin). */
export function readOnlyTextPlugin(enabled: boolean): Plugin<boolean> {
  return new Plugin<boolean>({
    key: readOnlyTextKey,
    state: {
      init: () => enabled,
      apply: (tr, value) => {
        const next: unknown = tr.getMeta(readOnlyTextKey);
        return typeof next === "boolean" ? next : value;
      },
    },
    filterTransaction: (tr, state) => !tr.docChanged || !isReadOnly(state) || tr.getMeta(ALLOW_DOC_CHANGE) === true,
    props: {
      attributes: (state): Record<string, string> => (isReadOnly(state) ? { "aria-readonly": "true" } : {}),
      handleDOMEvents: { beforeinput: blockNativeEditing },
      handlePaste: (view) => isReadOnly(view.state),
      handleDrop: (view) => isReadOnly(view.state),
    },
  });
}

export const ReadOnlyText = Extension.create<ReadOnlyTextOptions>({
  name: "readOnlyText",

  addOptions() {
    return { enabled: true };
  },

  addCommands() {
    return {
      setReadOnly:
        (enabled) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(readOnlyTextKey, enabled);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [readOnlyTextPlugin(this.options.enabled)];
  },
});
