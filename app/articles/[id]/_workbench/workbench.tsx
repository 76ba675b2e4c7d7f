"use client";
import "./workbench.css";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import { markClaimShortcutLabel } from "@/lib/editor/mark-claim-shortcut";
import { projectionOf } from "@/lib/editor/projection-cache";
import { replaceDocument } from "@/lib/editor/replace-document";
import { anchorForSelection } from "@/lib/editor/selection-anchor";
import type { DirectoryUser } from "@/lib/contracts/users";
import type { ArticleView } from "@/lib/contracts/articles";
import { api } from "../../../_components/api-client";
import { ExportMenu } from "../../../_components/export/export-menu";
import { ConnectionStatus } from "../../../_components/live/connection-status";
import { LiveToasts } from "../../../_components/live/live-toasts";
import { PresenceAvatars } from "../../../_components/live/presence-avatars";
import { usePresenceHeartbeat } from "../../../_components/live/use-presence-heartbeat";
import { OrphanedClaims } from "../../../_components/revisions/orphaned-claims";
import { UploadNewVersion } from "../../../_components/revisions/upload-new-version";
import { SuggestionsPanel } from "../../../_components/suggestions/suggestions-panel";
import { NoticeToast, useAnnouncer } from "./announcer";
import { ArticleText, useEditorSelection } from "./article-text";
import { ClaimList, matchesReviewFilter, type ReviewFilter, type VerdictFilter } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import type { ClaimDraft } from "./draft";
import { excerpt } from "./format";
import { LeftColumn } from "./left-column";
import { OverlapDialog, type PendingMark } from "./overlap-dialog";
import { overlappingClaims } from "@/lib/domain/claim-overlap";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { claimSelected, claimsInDocumentOrder, claimsReplaced, claimUpserted, countByVerdict, initialWorkbenchState, isTempId, neighbourClaimId, selectedClaim, workbenchReducer } from "./state";
import { TextEditingBar } from "./text-editing";
import { useArticleEditor } from "./use-article-editor";
import { useClaimCommands } from "./use-claim-commands";
import { useClaimUrl } from "./use-claim-url";
import { useLiveClaims } from "./use-live-claims";
import { useUndo } from "./use-undo";
import { useWorkbenchKeys } from "./use-workbench-keys";
import { VerdictLegend, VerdictStyles } from "./verdict";
import { verdictDisplay, type RatingScale } from "@/lib/domain/rating-scale";
import { useRatingScale } from "../../../_components/rating-scale-context";
import { WorkbenchHeader } from "./workbench-header";
import { PublishControl } from "./publish-control";
import { can as canDo } from "@/lib/domain/permissions";
import { toWorkbenchArticle, type ClaimView, type WorkbenchProps } from "./types";

const toHighlight = (c: ClaimView, scale: RatingScale): HighlightClaim => ({ id: c.id, start: c.start, end: c.end, verdict: c.verdict, letter: verdictDisplay(scale, c.verdict).letter, anchorStatus: c.anchorStatus, pending: isTempId(c.id) });
const NO_HIGHLIGHTS: HighlightClaim[] = [];
/** The phone layout (workbench.css): the claim and the list are bottom sheets over the text. */
const isPhone = () => typeof window !== "undefined" && window.matchMedia("(max-width: 767px)").matches;

/** The annotation workbench: claim list, article text and claim panel around one state, kept live. */
export function Workbench({ article: initialArticle, claims, actor, can, cursor, initialClaimId = null }: WorkbenchProps) {
  const [article, setArticle] = useState(initialArticle);
  const [state, dispatch] = useReducer(workbenchReducer, null, () => initialWorkbenchState(claims, initialClaimId));
  const [filter, setFilter] = useState<VerdictFilter>("all");
  const [reviewFilter, setReviewFilter] = useState<ReviewFilter>("all");
  /** Phones: the claim list shows as a bottom sheet over the article while this is on. */
  const [listSheet, setListSheet] = useState(false);
  /** Phones: where focus goes back when the open sheet closes (the text, or the Claims button). */
  const sheetReturn = useRef<"text" | "claims-button" | null>(null);
  const closeClaimRef = useRef<HTMLButtonElement>(null);
  const closeListRef = useRef<HTMLButtonElement>(null);
  const claimsButtonRef = useRef<HTMLButtonElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [editingText, setEditingText] = useState(false);
  const [users, setUsers] = useState<DirectoryUser[] | null>(null);
  const [refresh, setRefresh] = useState({ comments: 0, history: 0 });
  const [drafts] = useState(() => new Map<string, ClaimDraft>());
  const [shortcut, setShortcut] = useState("Ctrl+Shift+M");
  /** A selection that repeats or overlaps existing claims, waiting for "open it / mark anyway". */
  const [pendingMark, setPendingMark] = useState<PendingMark | null>(null);
  const { notice, announce, dismiss } = useAnnouncer();

  // Values the live feed and key handlers read at event time.
  const claimsRef = useRef(state.claims);
  const selectedIdRef = useRef(state.selectedId);
  const articleRef = useRef(article);
  const editingRef = useRef(false);
  const reloadWaiting = useRef(false);
  const editorRef = useRef<Editor | null>(null);
  useEffect(() => {
    claimsRef.current = state.claims;
    selectedIdRef.current = state.selectedId;
    articleRef.current = article;
  });
  const articleVersionRef = useMemo(() => ({ get current() { return articleRef.current.version; } }), []);

  const undo = useUndo({ dispatch, announce, enabled: can.createClaim, isArticleReadOnly: () => !editingRef.current });
  const commands = useClaimCommands({ articleId: article.id, actor, dispatch, announce, onUndoable: undo.record });

  // Only claim changes (not selection) may produce a new list: the highlights rebuild on it.
  const { claims: saved, pending } = state;
  const ordered = useMemo(() => claimsInDocumentOrder({ claims: saved, pending }), [saved, pending]);
  const scale = useRatingScale();
  const highlights = useMemo(() => ordered.map((c) => toHighlight(c, scale)), [ordered, scale]);
  const counts = useMemo(() => countByVerdict(ordered), [ordered]);
  const visible = useMemo(
    () => ordered.filter((c) => (filter === "all" || c.verdict === filter) && matchesReviewFilter(c, reviewFilter)),
    [ordered, filter, reviewFilter],
  );
  const current = selectedClaim(state);
  const orderedRef = useRef(ordered);
  useEffect(() => {
    orderedRef.current = ordered;
  });

  /** Re-reads the article and its claims (a new revision, or a feed that had to start over). */
  const reloadArticle = useCallback(async () => {
    if (editingRef.current) {
      if (!reloadWaiting.current) announce("A colleague saved a new version of the text. Saving yours will ask you to reload first.");
      reloadWaiting.current = true;
      return;
    }
    reloadWaiting.current = false;
    const res = await api<{ article: ArticleView; claims: ClaimView[] }>(`/api/articles/${encodeURIComponent(articleRef.current.id)}`);
    if (!res.ok) return announce({ tone: "error", message: `The article could not be reloaded. ${res.error.message}` });
    const next = res.data.article;
    const ed = editorRef.current;
    if (ed && (next.text !== articleRef.current.text || next.version !== articleRef.current.version)) replaceDocument(ed, next.doc);
    articleRef.current = toWorkbenchArticle(next);
    setArticle(articleRef.current);
    dispatch(claimsReplaced(res.data.claims));
  }, [announce]);

  const live = useLiveClaims({
    articleId: article.id,
    actor,
    cursor,
    dispatch,
    claimsRef,
    articleVersionRef,
    reloadArticle: () => void reloadArticle(),
    onClaimActivity: (claimId, kind) => {
      if (claimId !== selectedIdRef.current) return;
      setRefresh((r) => ({ comments: r.comments + (kind === "comment" ? 1 : 0), history: r.history + 1 }));
    },
  });
  const editingClaimId = can.updateClaim && state.selectedId && !isTempId(state.selectedId) ? state.selectedId : null;
  usePresenceHeartbeat(article.id, editingClaimId);
  const othersEditing = useMemo(() => {
    const names = new Map<string, string[]>();
    for (const u of live.presence) if (u.id !== actor.id && u.editingClaimId) names.set(u.editingClaimId, [...(names.get(u.editingClaimId) ?? []), u.name]);
    return new Map([...names].map(([id, list]) => [id, list.join(", ")]));
  }, [live.presence, actor.id]);

  const markSelection = useCallback(
    (ed: Editor) => {
      if (!can.createClaim) return;
      if (editingRef.current) return announce("Save or cancel your text edit before marking claims.");
      const { from, to } = ed.state.selection;
      const result = anchorForSelection(ed.state.doc, from, to);
      if (!result.ok) return announce(result.message);
      ed.commands.setTextSelection(to);
      const overlaps = overlappingClaims(result.anchor, orderedRef.current);
      if (overlaps.length > 0) return setPendingMark({ anchor: result.anchor, overlaps });
      void commands.createClaim(result.anchor);
    },
    [can.createClaim, announce, commands],
  );

  const editor = useArticleEditor({
    doc: article.doc,
    initialHighlights: highlights,
    canMark: can.createClaim,
    onClaimClick: (id) => {
      if (isPhone()) sheetReturn.current = "text";
      dispatch(claimSelected(id));
    },
    onMarkSelection: markSelection,
  });
  editorRef.current = editor;
  const selection = useEditorSelection(editor);

  useEffect(() => setShortcut(markClaimShortcutLabel()), []);
  useEffect(() => {
    void api<{ users: DirectoryUser[] }>("/api/users?directory=1").then((r) => r.ok && setUsers(r.data.users));
  }, []);
  // Cheap when nothing drawn changed: the plugin compares before it rebuilds. While the text
  // is being edited the drawn highlights stay and follow the edits (the plugin maps them), so
  // the editor sees which claims an edit touches; they are redrawn from the anchors after.
  const wasEditingText = useRef(false);
  useEffect(() => {
    if (!editor || editingText) return;
    if (wasEditingText.current) editor.commands.setClaimHighlights(NO_HIGHLIGHTS);
    editor.commands.setClaimHighlights(highlights);
  }, [editor, highlights, editingText]);
  useEffect(() => {
    wasEditingText.current = editingText;
  }, [editingText]);
  useEffect(() => {
    editor?.commands.setActiveClaim(state.selectedId);
  }, [editor, state.selectedId, highlights, editingText]);
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
  useClaimUrl({ selectedId: state.selectedId, editor, open: openClaim });
  // Stable for the life of the page: a new callback would redraw every row of the claim list.
  const openClaimRef = useRef(openClaim);
  useEffect(() => {
    openClaimRef.current = openClaim;
  });
  const openFromList = useCallback((id: string) => {
    setListSheet(false);
    openClaimRef.current(id);
  }, []);

  // Phones: an opened sheet takes the focus (its Close button), and a closed one gives it
  // back where the person was: the text for a tapped highlight, else the Claims button.
  const claimSheetOpen = !!current && !listSheet;
  const sheetOpen = claimSheetOpen || listSheet;
  const wasSheetOpen = useRef(false);
  useEffect(() => {
    const was = wasSheetOpen.current;
    wasSheetOpen.current = sheetOpen;
    if (!isPhone()) return;
    if (listSheet) closeListRef.current?.focus({ preventScroll: true });
    else if (claimSheetOpen) {
      closeClaimRef.current?.focus({ preventScroll: true });
      // The sheet covers the lower part of the screen: bring the claim's words up above it.
      const el = current && editor?.view.dom.querySelector(`[data-claim-id="${CSS.escape(current.id)}"]`);
      const top = el ? el.getBoundingClientRect().top : null;
      if (top !== null && (top < 8 || top > window.innerHeight * 0.2)) window.scrollTo({ top: window.scrollY + top - 12 });
    }
    else if (was) {
      if (sheetReturn.current === "text" && editor) editor.view.dom.focus({ preventScroll: true });
      else claimsButtonRef.current?.focus({ preventScroll: true });
      sheetReturn.current = null;
    }
  }, [sheetOpen, listSheet, claimSheetOpen, current?.id, editor]);

  useWorkbenchKeys({
    next: () => openClaim(neighbourClaimId(visible, state.selectedId, 1)),
    previous: () => openClaim(neighbourClaimId(visible, state.selectedId, -1)),
    help: () => setHelpOpen(true),
    escape: () => {
      if (listSheet) setListSheet(false);
      else if (editor && !editor.state.selection.empty) editor.commands.setTextSelection(editor.state.selection.to);
      else if (state.selectedId) dispatch(claimSelected(null));
    },
  });

  const upsert = useCallback((claim: ClaimView) => dispatch(claimUpserted(claim)), []);
  const selectionAnchor = () => (editor && selection ? anchorForSelection(editor.state.doc, selection.from, selection.to) : null);

  function setEditing(on: boolean) {
    editingRef.current = on;
    setEditingText(on);
    editor?.commands.setReadOnly(!on);
    if (on) editor?.commands.focus();
  }
  function leaveEditing(restoreStored: boolean) {
    if (editor && restoreStored) replaceDocument(editor, articleRef.current.doc);
    setEditing(false);
    if (reloadWaiting.current || !restoreStored) void reloadArticle();
  }

  async function reattach(claimId: string) {
    const claim = state.claims[claimId];
    const selected = selectionAnchor();
    if (!claim) return;
    if (!selected) return announce("Select the words this claim now refers to in the text first, then re-attach it.");
    if (!selected.ok) return announce(selected.message);
    const outcome = await commands.saveClaim(claimId, { version: claim.version, span: selected.anchor });
    if (outcome.kind === "saved") {
      announce("The claim is attached to the selected words again. Its verdict, sources and comments are unchanged.");
      openClaim(claimId);
    } else announce({ tone: "error", message: outcome.message });
  }

  const claimLabel = useCallback((id: string) => {
    const c = claimsRef.current[id];
    return c ? `“${excerpt(c.exact, 40)}”` : null;
  }, []);

  return (
    <div>
      <VerdictStyles />
      <WorkbenchHeader
        article={article}
        onShowShortcuts={() => setHelpOpen(true)}
        presence={<PresenceAvatars users={live.presence} currentUserId={actor.id} claimLabel={claimLabel} />}
        actions={
          <>
            <ExportMenu articleId={article.id} />
            <PublishControl articleId={article.id} canPublish={canDo(actor, "publication.manage")} />
            {can.updateArticle && !editingText && <UploadNewVersion articleId={article.id} version={article.version} onSaved={() => void reloadArticle()} />}
          </>
        }
      />
      {/* Mounted only while reconnecting: the page's one quiet-time status region is the notice toast's. */}
      {live.status === "reconnecting" && (
        <div className="mb-3">
          <ConnectionStatus status={live.status} />
        </div>
      )}
      <div className={`grid grid-cols-1 gap-5 xl:grid-cols-[16rem_minmax(0,1fr)_22rem] ${sheetOpen ? "wb-under-sheet" : "wb-under-button"}`}>
        <div className={`order-2 xl:order-none xl:sticky xl:top-4 xl:self-start ${listSheet ? "wb-sheet wb-list-sheet" : "wb-phone-hidden"}`} data-testid="claim-list-sheet">
          <div className="wb-phone-only mb-2 w-full justify-end">
            <button ref={closeListRef} type="button" className="btn btn-sm" onClick={() => setListSheet(false)} aria-keyshortcuts="Escape">Close list</button>
          </div>
          <LeftColumn
            claims={
              <>
                <ClaimList claims={ordered} visible={visible} counts={counts} filter={filter} onFilter={setFilter} reviewFilter={reviewFilter} onReviewFilter={setReviewFilter} selectedId={state.selectedId} onSelect={openFromList} editing={othersEditing} />
                <OrphanedClaims claims={ordered} canReattach={can.updateClaim && !editingText} onReattach={(id) => void reattach(id)} />
              </>
            }
            suggestions={
              <SuggestionsPanel
                articleId={article.id}
                canEdit={can.createClaim}
                onAccepted={(claim) => {
                  dispatch(claimUpserted(claim));
                  openClaim(claim.id);
                }}
                onSuggestionsChange={(list) => editor?.commands.setSuggestions(list.map((s) => ({ key: s.key, start: s.start, end: s.end, score: s.score })))}
              />
            }
          />
        </div>
        <section aria-labelledby="article-text-heading" className="card min-w-0 px-4 py-6 sm:px-8">
          <div className="mb-5 flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-3">
            <h2 id="article-text-heading" className="text-sm font-semibold text-slate-700">Article text</h2>
            <VerdictLegend />
            {can.updateArticle && editor && !editingText && (
              <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
                Edit text
              </button>
            )}
          </div>
          {editor && editingText && (
            <TextEditingBar
              editor={editor}
              articleId={article.id}
              articleVersion={article.version}
              announce={announce}
              onSaved={() => leaveEditing(false)}
              onCancel={() => leaveEditing(true)}
              onReloadTheirs={() => leaveEditing(false)}
            />
          )}
          <ArticleText editor={editor} text={article.text} canMark={can.createClaim && !editingText} shortcut={shortcut} onMark={markSelection} />
        </section>
        <div className={`order-1 xl:order-none xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto ${claimSheetOpen ? "wb-sheet" : "wb-phone-hidden"}`} data-testid="claim-sheet">
          <div className="wb-phone-only mb-2 w-full justify-end">
            <button ref={closeClaimRef} type="button" className="btn btn-sm" onClick={() => dispatch(claimSelected(null))} aria-keyshortcuts="Escape">Close claim</button>
          </div>
          <ClaimPanel
            articleId={article.id}
            claim={current}
            can={can}
            shortcut={shortcut}
            drafts={drafts}
            commands={commands}
            announce={announce}
            hasSelection={!!selection && selection.from !== selection.to && !editingText}
            selectionAnchor={selectionAnchor}
            actor={actor}
            users={users}
            editingBy={current ? (othersEditing.get(current.id)?.split(", ") ?? []) : []}
            onClaimChanged={upsert}
            refresh={refresh}
          />
        </div>
      </div>
      {!listSheet && !current && (
        <div className="wb-phone-only wb-sheet-button">
          <button ref={claimsButtonRef} type="button" className="btn btn-primary shadow-lg" onClick={() => { sheetReturn.current = "claims-button"; setListSheet(true); }}>
            Claims ({ordered.length})
          </button>
        </div>
      )}
      <OverlapDialog
        pending={pendingMark}
        onClose={() => setPendingMark(null)}
        onOpen={(id) => {
          setPendingMark(null);
          openClaim(id);
        }}
        onMarkAnyway={(anchor) => {
          setPendingMark(null);
          void commands.createClaim(anchor);
        }}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} shortcut={shortcut} canMark={can.createClaim} />
      <NoticeToast notice={notice} onDismiss={dismiss} />
      <LiveToasts toasts={live.toasts} onDismiss={live.dismissToast} />
    </div>
  );
}
