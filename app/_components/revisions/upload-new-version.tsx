"use client";
import { useEffect, useId, useRef, useState } from "react";
import { api, type ApiErrorValue } from "../api-client";
import type { SaveRevisionResult } from "@/lib/contracts/revisions";

type Format = "text" | "markdown" | "html";

export interface UploadNewVersionProps {
  articleId: string;
  /** The article version the page shows; a save from an older one is refused (409). */
  version: number;
  onSaved(result: SaveRevisionResult): void;
}

const MAX_FILE_BYTES = 2_000_000;
const draftKey = (articleId: string) => `factdesk:new-version-draft:${articleId}`;

interface Draft { body: string; format: Format; note: string }

function formatOf(fileName: string): Format {
  const name = fileName.toLowerCase();
  if (name.endsWith(".html") || name.endsWith(".htm")) return "html";
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "markdown";
  return "text";
}

/**
 * "Upload new version": paste or load the updated article (text, Markdown or HTML) with a
 * note. Saving re-anchors every claim and shows what happened ("42 claims kept, 2 changed,
 * 1 orphaned"). If someone saved the article meanwhile, it says who and offers a reload;
 * the pasted text is kept for after the reload.
 */
export function UploadNewVersion({ articleId, version, onSaved }: UploadNewVersionProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [body, setBody] = useState("");
  const [format, setFormat] = useState<Format>("text");
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorValue | null>(null);
  const [needsEmptyConfirm, setNeedsEmptyConfirm] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  /** Remounts the file input: a file input cannot be cleared through React state. */
  const [fileKey, setFileKey] = useState(0);

  useEffect(() => {
    const raw = typeof window === "undefined" ? null : window.sessionStorage.getItem(draftKey(articleId));
    if (!raw) return;
    try {
      const draft = JSON.parse(raw) as Draft;
      setBody(draft.body);
      setFormat(draft.format);
      setNote(draft.note);
      setRestored(true);
      dialogRef.current?.showModal();
    } catch {
      /* an unreadable draft is simply dropped */
    }
    window.sessionStorage.removeItem(draftKey(articleId));
  }, [articleId]);

  // After a save the form is gone: focus goes to Close, beside the summary, not to the page.
  useEffect(() => {
    if (saved) closeRef.current?.focus();
  }, [saved]);

  /** Every use starts empty: no text, note, file name, error or message from the last one. */
  function reset() {
    setBody("");
    setFormat("text");
    setNote("");
    setError(null);
    setSaved(null);
    setConflict(false);
    setNeedsEmptyConfirm(false);
    setRestored(false);
    setFileKey((k) => k + 1);
  }

  function open() {
    reset();
    dialogRef.current?.showModal();
  }

  function close() {
    dialogRef.current?.close();
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError({ status: 0, code: "too_large", message: "That file is larger than 2 MB. Paste a shorter article or split it.", fields: { body: "File too large." } });
      return;
    }
    setFormat(formatOf(file.name));
    setBody(await file.text());
    setError(null);
  }

  async function save(confirmEmpty = false) {
    setPending(true);
    setError(null);
    setConflict(false);
    const result = await api<SaveRevisionResult>(`/api/articles/${encodeURIComponent(articleId)}/revisions`, {
      method: "POST",
      body: { version, body, bodyFormat: format, note, ...(confirmEmpty ? { confirmEmpty: true } : {}) },
    });
    setPending(false);
    if (result.ok) {
      // The form empties (text, note, the chosen file) and only the summary and Close remain.
      reset();
      setSaved(result.data.message);
      onSaved(result.data);
      return;
    }
    const details = result.error.details as { needsConfirmation?: string } | undefined;
    setNeedsEmptyConfirm(result.error.status === 422 && details?.needsConfirmation === "confirmEmpty");
    setConflict(result.error.status === 409);
    setError(result.error);
  }

  function reloadKeepingText() {
    const draft: Draft = { body, format, note };
    window.sessionStorage.setItem(draftKey(articleId), JSON.stringify(draft));
    window.location.reload();
  }

  const bodyError = error?.fields?.body ?? error?.fields?.doc;

  return (
    <>
      <button type="button" className="btn" onClick={open}>
        Upload new version
      </button>
      <dialog ref={dialogRef} aria-labelledby={titleId} className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <form
          method="dialog"
          className="space-y-3 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-lg font-semibold">Upload a new version</h2>
            <button type="button" className="btn btn-sm" onClick={close} aria-label="Close">✕</button>
          </div>
          <p className="text-sm text-slate-600">
            The text replaces the current one as a new revision. Every claim is re-anchored to it: claims whose words are gone are kept as orphans, never deleted.
          </p>
          {restored && !saved && <div className="alert-info">Your text from before the reload was restored. Check it against the current version, then save.</div>}
          {saved && (
            <div role="status" className="alert-info" data-testid="revision-saved">
              Saved. {saved}.
            </div>
          )}
          {error && (
            <div role="alert" className="alert-error">
              <p>{error.message}</p>
              {conflict && (
                <button type="button" className="btn btn-sm mt-2" onClick={reloadKeepingText}>
                  Reload the latest version (keeps your text)
                </button>
              )}
              {needsEmptyConfirm && (
                <button type="button" className="btn btn-danger btn-sm mt-2" onClick={() => void save(true)} disabled={pending}>
                  Save the empty version anyway
                </button>
              )}
            </div>
          )}
          {!saved && (
          <>
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor={`${titleId}-format`} className="text-sm text-slate-700">Format</label>
            <select id={`${titleId}-format`} className="input w-auto" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML (sanitised)</option>
            </select>
            <input
              key={fileKey}
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              aria-label="Load the new version from a file"
              className="text-sm"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </div>
          <div>
            <label htmlFor={`${titleId}-body`} className="label">New text</label>
            <textarea
              id={`${titleId}-body`}
              rows={12}
              className="input font-serif"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={!!bodyError}
              aria-describedby={bodyError ? `${titleId}-body-error` : undefined}
            />
            {bodyError && <p id={`${titleId}-body-error`} className="field-error">{bodyError}</p>}
          </div>
          <div>
            <label htmlFor={`${titleId}-note`} className="label">Note (what changed)</label>
            <input id={`${titleId}-note`} className="input" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Publisher corrected the casualty figure" />
          </div>
          </>
          )}
          <div className="flex justify-end gap-2">
            <button ref={closeRef} type="button" className="btn" onClick={close}>{saved ? "Close" : "Cancel"}</button>
            {!saved && (
              <button type="submit" className="btn btn-primary" disabled={pending}>
                {pending ? "Saving…" : "Save new version"}
              </button>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}
