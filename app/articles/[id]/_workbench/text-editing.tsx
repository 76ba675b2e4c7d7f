"use client";
import { useState } from "react";
import { useEditorState, type Editor } from "@tiptap/react";
import type { SaveRevisionResult } from "@/lib/contracts/revisions";
import { api } from "../../../_components/api-client";
import type { Announce } from "./announcer";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { Modal } from "./modal";

/**
 * "Edit text": the article becomes editable (ReadOnlyText off) with a small toolbar, and
 * "Save new version" stores the document as a new revision, which re-anchors every claim.
 * Claim highlights are hidden while editing (their offsets belong to the stored text) and
 * drawn again from the re-anchored claims once the new version is saved or the edit cancelled.
 */
export interface TextEditingProps {
  editor: Editor;
  articleId: string;
  articleVersion: number;
  announce: Announce;
  /** The new version was stored: reload the article and its re-anchored claims. */
  onSaved: (result: SaveRevisionResult) => void;
  /** Put the stored text back and leave edit mode. */
  onCancel: () => void;
  /** Take the version someone else saved (the edit is dropped) and leave edit mode. */
  onReloadTheirs: () => void;
}

interface SaveProblem {
  kind: "conflict" | "empty" | "failed";
  message: string;
}

export function TextEditingBar(props: TextEditingProps) {
  const { editor, articleId, articleVersion, announce, onSaved, onCancel, onReloadTheirs } = props;
  const [note, setNote] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  async function save(confirmEmpty = false) {
    setSaving(true);
    setProblem(null);
    const res = await api<SaveRevisionResult>(`/api/articles/${encodeURIComponent(articleId)}/revisions`, {
      method: "POST",
      body: { version: articleVersion, doc: editor.getJSON(), note: note.trim() || undefined, ...(confirmEmpty ? { confirmEmpty: true } : {}) },
    });
    setSaving(false);
    if (res.ok) {
      setNote("");
      onSaved(res.data);
      announce(`New version saved: ${res.data.message}.`);
      return;
    }
    const needsConfirm = (res.error.details as { needsConfirmation?: string } | undefined)?.needsConfirmation === "confirmEmpty";
    setProblem({ kind: res.error.status === 409 ? "conflict" : needsConfirm ? "empty" : "failed", message: res.error.message });
  }

  return (
    <div className="mb-4 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="text-editing">
      <p className="text-xs text-amber-950">
        Editing the article text. Claim highlights are hidden while you edit; saving re-anchors every claim to the new text.
      </p>
      <FormatToolbar editor={editor} announce={announce} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor="revision-note" className="label text-xs">Note (what changed)</label>
          <input id="revision-note" className="input" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Publisher corrected the casualty figure" />
        </div>
        <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving}>
          {saving ? "Saving…" : "Save new version"}
        </button>
        <button type="button" className="btn" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
      {problem?.kind === "failed" && <p role="alert" className="alert-error text-sm">{problem.message}</p>}
      {problem?.kind === "empty" && (
        <div role="alert" className="alert-error text-sm">
          <p>{problem.message}</p>
          <button type="button" className="btn btn-danger btn-sm mt-2" onClick={() => void save(true)} disabled={saving}>Save the empty version anyway</button>
        </div>
      )}
      <Modal open={problem?.kind === "conflict"} onClose={() => setProblem(null)} labelledBy="text-conflict-title" describedBy="text-conflict-message" className="w-[min(36rem,calc(100vw-2rem))]">
        <div className="p-5">
          <h2 id="text-conflict-title" className="mb-2 text-lg font-semibold">Someone saved a new version first</h2>
          <p id="text-conflict-message" className="mb-4 text-sm text-slate-700">
            {problem?.message} Your edited text is still in the editor.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className="btn" onClick={() => { setProblem(null); onReloadTheirs(); }}>Reload theirs</button>
            <button type="button" className="btn btn-primary" onClick={() => setProblem(null)} autoFocus>Keep editing</button>
          </div>
        </div>
      </Modal>
    </div>
  );
}

/** Bold, italic, heading, bullet list and link, each a toggle button showing its state. */
function FormatToolbar({ editor, announce }: { editor: Editor; announce: Announce }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      heading: e.isActive("heading", { level: 2 }),
      bulletList: e.isActive("bulletList"),
      link: e.isActive("link"),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [linkError, setLinkError] = useState<string | null>(null);

  function applyLink() {
    if (!url.trim()) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      setLinkOpen(false);
      return;
    }
    const href = safeLinkHref(url.trim());
    if (!href) return setLinkError("Only http:// and https:// links are allowed.");
    if (editor.state.selection.empty && !editor.isActive("link")) return setLinkError("Select the words to link first.");
    editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    setLinkOpen(false);
    setLinkError(null);
    announce("Link added.");
  }

  const button = (label: string, pressed: boolean, run: () => void, text: React.ReactNode) => (
    <button type="button" className="btn btn-sm min-w-8" aria-label={label} aria-pressed={pressed} onMouseDown={(e) => e.preventDefault()} onClick={run} title={label}>
      {text}
    </button>
  );

  return (
    <div className="space-y-1">
      <div role="toolbar" aria-label="Text formatting" className="flex flex-wrap gap-1">
        {button("Bold", active.bold, () => editor.chain().focus().toggleBold().run(), <strong>B</strong>)}
        {button("Italic", active.italic, () => editor.chain().focus().toggleItalic().run(), <em>I</em>)}
        {button("Heading", active.heading, () => editor.chain().focus().toggleHeading({ level: 2 }).run(), "H")}
        {button("Bullet list", active.bulletList, () => editor.chain().focus().toggleBulletList().run(), "•≡")}
        {button("Link", active.link || linkOpen, () => {
          setUrl((editor.getAttributes("link").href as string | undefined) ?? "");
          setLinkError(null);
          setLinkOpen((v) => !v);
        }, "🔗")}
      </div>
      {linkOpen && (
        <div className="flex flex-wrap items-start gap-2">
          <label htmlFor="edit-link-url" className="sr-only">Link address</label>
          <input
            id="edit-link-url"
            className="input max-w-sm"
            placeholder="https://…"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                applyLink();
              }
            }}
            aria-invalid={!!linkError}
            aria-describedby={linkError ? "edit-link-error" : undefined}
            autoFocus
          />
          <button type="button" className="btn btn-sm" onClick={applyLink}>Apply link</button>
          {linkError && <p id="edit-link-error" className="field-error w-full">{linkError}</p>}
        </div>
      )}
    </div>
  );
}
