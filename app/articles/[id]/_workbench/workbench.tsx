"use client";
import "./workbench.css";
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import type { Editor } from "@tiptap/react";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import { markClaimShortcutLabel } from "@/lib/editor/mark-claim-shortcut";
import { projectionOf } from "@/lib/editor/projection-cache";
import { anchorForSelection } from "@/lib/editor/selection-anchor";
import { NoticeToast, useAnnouncer } from "./announcer";
import { ArticleText, useEditorSelection } from "./article-text";
import { ClaimList, type VerdictFilter } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import type { ClaimDraft } from "./draft";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { claimSelected, claimsInDocumentOrder, countByVerdict, initialWorkbenchState, isTempId, neighbourClaimId, selectedClaim, workbenchReducer } from "./state";
import { useArticleEditor } from "./use-article-editor";
import { useClaimCommands } from "./use-claim-commands";
import { useWorkbenchKeys } from "./use-workbench-keys";
import { VerdictLegend, VerdictStyles } from "./verdict";
import { WorkbenchHeader } from "./workbench-header";
import type { ClaimView, WorkbenchProps } from "./types";

const toHighlight = (c: ClaimView): HighlightClaim => ({ id: c.id, start: c.start, end: c.end, verdict: c.verdict, anchorStatus: c.anchorStatus, pending: isTempId(c.id) });

/** The annotation workbench: claim list, article text and claim panel around one state. */
export function Workbench({ article, claims, actor, can }: WorkbenchProps) {
  const [state, dispatch] = useReducer(workbenchReducer, claims, initialWorkbenchState);
  const [filter, setFilter] = useState<VerdictFilter>("all");
  const [helpOpen, setHelpOpen] = useState(false);
  const [drafts] = useState(() => new Map<string, ClaimDraft>());
  const [shortcut, setShortcut] = useState("Ctrl+Shift+M");
  const { notice, announce, dismiss } = useAnnouncer();
  const commands = useClaimCommands({ articleId: article.id, actor, dispatch, announce });

  // Only claim changes (not selection) may produce a new list: the highlights rebuild on it.
  const { claims: saved, pending } = state;
  const ordered = useMemo(() => claimsInDocumentOrder({ claims: saved, pending }), [saved, pending]);
  const highlights = useMemo(() => ordered.map(toHighlight), [ordered]);
  const counts = useMemo(() => countByVerdict(ordered), [ordered]);
  const visible = useMemo(() => (filter === "all" ? ordered : ordered.filter((c) => c.verdict === filter)), [ordered, filter]);
  const current = selectedClaim(state);

  const markSelection = useCallback(
    (ed: Editor) => {
      if (!can.createClaim) return;
      const { from, to } = ed.state.selection;
      const result = anchorForSelection(ed.state.doc, from, to);
      if (!result.ok) return announce(result.message);
      ed.commands.setTextSelection(to);
      void commands.createClaim(result.anchor);
    },
    [can.createClaim, announce, commands],
  );

  const editor = useArticleEditor({
    doc: article.doc,
    initialHighlights: highlights,
    canMark: can.createClaim,
    onClaimClick: (id) => dispatch(claimSelected(id)),
    onMarkSelection: markSelection,
  });
  const selection = useEditorSelection(editor);

  useEffect(() => setShortcut(markClaimShortcutLabel()), []);
  // Cheap when nothing drawn changed: the plugin compares before it rebuilds.
  useEffect(() => {
    editor?.commands.setClaimHighlights(highlights);
  }, [editor, highlights]);
  useEffect(() => {
    editor?.commands.setActiveClaim(state.selectedId);
  }, [editor, state.selectedId, highlights]);
  useEffect(() => {
    if (editor && projectionOf(editor.state.doc).text !== article.text) {
      announce({ tone: "error", message: "This article's stored text and its document disagree, so highlights may sit on the wrong words. Re-save the article text to repair it." });
    }
  }, [editor, article.text, announce]);

  const openClaim = useCallback(
    (id: string | null) => {
      dispatch(claimSelected(id));
      if (id) editor?.commands.flashClaim(id);
    },
    [editor],
  );

  useWorkbenchKeys({
    next: () => openClaim(neighbourClaimId(visible, state.selectedId, 1)),
    previous: () => openClaim(neighbourClaimId(visible, state.selectedId, -1)),
    help: () => setHelpOpen(true),
    escape: () => {
      if (editor && !editor.state.selection.empty) editor.commands.setTextSelection(editor.state.selection.to);
      else if (state.selectedId) dispatch(claimSelected(null));
    },
  });

  return (
    <div>
      <VerdictStyles />
      <WorkbenchHeader article={article} onShowShortcuts={() => setHelpOpen(true)} />
      <div className="grid gap-5 xl:grid-cols-[16rem_minmax(0,1fr)_22rem]">
        <div className="order-2 xl:order-none xl:sticky xl:top-4 xl:self-start">
          <ClaimList claims={ordered} visible={visible} counts={counts} filter={filter} onFilter={setFilter} selectedId={state.selectedId} onSelect={openClaim} />
        </div>
        <section aria-labelledby="article-text-heading" className="card min-w-0 px-8 py-6">
          <div className="mb-5 flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-3">
            <h2 id="article-text-heading" className="text-sm font-semibold text-slate-700">Article text</h2>
            <VerdictLegend />
          </div>
          <ArticleText editor={editor} text={article.text} canMark={can.createClaim} shortcut={shortcut} onMark={markSelection} />
        </section>
        <div className="order-1 xl:order-none xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto">
          <ClaimPanel
            articleId={article.id}
            claim={current}
            can={can}
            shortcut={shortcut}
            drafts={drafts}
            commands={commands}
            announce={announce}
            hasSelection={!!selection && selection.from !== selection.to}
            selectionAnchor={() => (editor && selection ? anchorForSelection(editor.state.doc, selection.from, selection.to) : null)}
          />
        </div>
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} shortcut={shortcut} canMark={can.createClaim} />
      <NoticeToast notice={notice} onDismiss={dismiss} />
    </div>
  );
}
