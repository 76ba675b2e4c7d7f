"use client";
import { EditorContent, useEditorState, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";

/** The article column's text: the editor, the "Mark as claim" menu, and a static stand-in until the editor loads. */
export function ArticleText(props: { editor: Editor | null; text: string; canMark: boolean; shortcut: string; onMark: (editor: Editor) => void }) {
  const { editor, text, canMark, shortcut, onMark } = props;
  return (
    <div className="relative">
      <p id="article-text-help" className="sr-only">
        {canMark
          ? `The article text is read-only. Select words with the mouse or with Shift and the arrow keys, then press ${shortcut} to mark them as a claim.`
          : "The article text is read-only. Claims are highlighted; choose one in the claim list to read it."}
      </p>
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div className="article-text wb-editor" aria-busy="true">
          {text.split("\n").map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {editor && canMark && <MarkClaimMenu editor={editor} shortcut={shortcut} onMark={onMark} />}
    </div>
  );
}

function MarkClaimMenu({ editor, shortcut, onMark }: { editor: Editor; shortcut: string; onMark: (editor: Editor) => void }) {
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="markClaimMenu"
      updateDelay={50}
      options={{ placement: "top", offset: 8, flip: true, shift: { padding: 8 } }}
      shouldShow={({ view, from, to, element }) => from !== to && (view.hasFocus() || element.contains(document.activeElement))}
      className="wb-bubble z-30"
    >
      <button
        type="button"
        className="btn btn-sm btn-primary shadow-md"
        // Keep the editor's focus and selection while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onMark(editor)}
        aria-keyshortcuts={shortcut === "⌘⇧M" ? "Meta+Shift+M" : "Control+Shift+M"}
      >
        Mark as claim
        <kbd className="rounded bg-blue-900/40 px-1 font-sans text-[10px] font-normal">{shortcut}</kbd>
      </button>
    </BubbleMenu>
  );
}

/** The editor's current selection, for controls outside the editor ("Update span"). */
export function useEditorSelection(editor: Editor | null): { from: number; to: number } | null {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? { from: e.state.selection.from, to: e.state.selection.to } : null),
    equalityFn: (a, b) => a?.from === b?.from && a?.to === b?.to,
  });
}

