"use client";
import { useEffect, useRef } from "react";
import { useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { ClaimHighlights, type HighlightClaim } from "@/lib/editor/claim-highlights";
import { ClaimTap } from "@/lib/editor/claim-tap";
import { MarkClaimShortcut } from "@/lib/editor/mark-claim-shortcut";
import { EditingUndo } from "@/lib/editor/editing-undo";
import { isReadOnly, ReadOnlyText } from "@/lib/editor/read-only-text";
import { SuggestionUnderlines } from "@/lib/editor/suggestion-underlines";

/**
 * The article in a Tiptap editor: editable (so the keyboard can select) but guarded by
 * ReadOnlyText, with claims drawn by ClaimHighlights and suggested sentences underlined by
 * SuggestionUnderlines. Undo history serves the "Edit text" mode only; while read-only,
 * Mod-Z falls through to the workbench's undo of marks and verdicts.
 * Callbacks go through refs because
 * extension options are fixed when the editor is created.
 */
export function useArticleEditor(input: {
  doc: unknown;
  initialHighlights: readonly HighlightClaim[];
  canMark: boolean;
  onClaimClick: (id: string) => void;
  onMarkSelection: (editor: Editor) => void;
}): Editor | null {
  const clickRef = useRef(input.onClaimClick);
  const markRef = useRef(input.onMarkSelection);
  useEffect(() => {
    clickRef.current = input.onClaimClick;
    markRef.current = input.onMarkSelection;
  });

  return useEditor(
    {
      immediatelyRender: false,
      // The workbench reads editor state through useEditorState; re-rendering on every
      // transaction would redraw the whole page on each caret move.
      shouldRerenderOnTransaction: false,
      extensions: [
        StarterKit.configure({ link: { openOnClick: false, autolink: false, linkOnPaste: false }, trailingNode: false, undoRedo: false, dropcursor: false }),
        EditingUndo,
        ReadOnlyText.configure({ enabled: true }),
        ClaimHighlights.configure({ claims: input.initialHighlights, onClaimClick: (id) => clickRef.current(id) }),
        ClaimTap.configure({ onClaimTap: (id) => clickRef.current(id) }),
        SuggestionUnderlines,
        ...(input.canMark ? [MarkClaimShortcut.configure({ onMarkClaim: (editor) => markRef.current(editor) })] : []),
      ],
      content: input.doc as object,
      editorProps: {
        // While the text is read-only a phone keeps its on-screen keyboard down (inputmode
        // none): a tap on the text opens a claim, it does not start typing.
        attributes: (state) => ({
          class: "article-text wb-editor",
          "aria-label": "Article text",
          "aria-multiline": "true",
          "aria-describedby": "article-text-help",
          inputmode: isReadOnly(state) ? "none" : "text",
        }),
      },
    },
    [],
  );
}
