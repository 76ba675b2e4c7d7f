import { UndoRedo } from "@tiptap/extensions";
import { isReadOnly } from "./read-only-text";

/**
 * Undo history for the "Edit text" mode. While the article is read-only, Mod-Z and
 * Mod-Shift-Z are left to the page (the workbench's own undo of marks and verdicts) instead
 * of being swallowed by an editor whose document cannot change anyway.
 */
export const EditingUndo = UndoRedo.extend({
  addKeyboardShortcuts() {
    const whenEditing = (run: () => boolean) => () => !isReadOnly(this.editor.state) && run();
    return {
      "Mod-z": whenEditing(() => this.editor.commands.undo()),
      "Shift-Mod-z": whenEditing(() => this.editor.commands.redo()),
      "Mod-y": whenEditing(() => this.editor.commands.redo()),
    };
  },
});
