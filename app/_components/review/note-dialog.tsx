"use client";
import { useEffect, useId, useRef, useState } from "react";

export interface NoteRequest {
  title: string;
  /** What the note is for, shown above the field. */
  prompt: string;
  confirmLabel: string;
}

/**
 * A modal dialog asking for a note (sending back, reopening). Built on <dialog> with
 * showModal(): focus moves into it and is trapped, Escape cancels, the page behind is inert.
 */
export function NoteDialog({ request, onConfirm, onCancel }: { request: NoteRequest | null; onConfirm: (note: string) => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      setNote("");
      setError(null);
      dialog.showModal();
    } else if (!request && dialog.open) {
      dialog.close();
    }
  }, [request]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!note.trim()) {
      setError("Write a note: the editor reads it to know what to do next.");
      return;
    }
    onConfirm(note.trim());
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      className="m-auto w-full max-w-lg rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {request && (
        <form onSubmit={submit} className="space-y-3 p-5" noValidate>
          <h2 id={`${id}-title`} className="text-lg font-semibold">{request.title}</h2>
          <label htmlFor={`${id}-note`} className="label">{request.prompt}</label>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={4}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
            autoFocus
            required
          />
          {error && <p id={`${id}-error`} className="field-error">{error}</p>}
          <div className="flex justify-end gap-2">
            <button type="button" className="btn" onClick={onCancel}>Cancel</button>
            <button type="submit" className="btn btn-primary">{request.confirmLabel}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
