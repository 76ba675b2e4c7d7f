"use client";
import { useLayoutEffect, useRef, useState } from "react";
import { api } from "../api-client";
import type { ClaimView } from "@/lib/contracts/claims";
import type { SuggestionView, SuggestionsResult } from "@/lib/contracts/revisions";

export interface SuggestionsPanelProps {
  articleId: string;
  /** Editors may accept (create a claim) and dismiss; others only see the list. */
  canEdit: boolean;
  onAccepted(claim: ClaimView): void;
  /** The current list, e.g. for the editor's dotted underlines (lib/editor/suggestion-underlines). */
  onSuggestionsChange?(list: SuggestionView[]): void;
}

export type SuggestionOrder = "score" | "reading";

/** Highest score first (ties in reading order), or reading order. */
export function orderSuggestions(list: readonly SuggestionView[], order: SuggestionOrder): SuggestionView[] {
  return [...list].sort((a, b) => (order === "score" ? b.score - a.score : 0) || a.start - b.start);
}

/**
 * "Suggest claims": sentences the check-worthiness model rates worth checking, with the
 * score as a bar and its reasons, highest score first (or in reading order). Accept creates
 * a claim on the sentence; Dismiss hides it for this article for everyone, with an Undo
 * until the next action. After either, focus moves to the next suggestion so the list can be
 * worked through from the keyboard.
 */
export function SuggestionsPanel({ articleId, canEdit, onAccepted, onSuggestionsChange }: SuggestionsPanelProps) {
  const [list, setList] = useState<SuggestionView[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [order, setOrder] = useState<SuggestionOrder>("score");
  /** The last dismissed suggestion, while its Undo is offered. */
  const [undoable, setUndoable] = useState<SuggestionView | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const loadButtonRef = useRef<HTMLButtonElement>(null);
  /**
   * Where focus goes once the list on screen is the one just set: run after React has committed
   * it, never from a timer or animation frame (under load a frame could come before the commit,
   * and the restored suggestion's button was not there yet to take focus).
   */
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useLayoutEffect(() => {
    const find = pendingFocus.current;
    if (!find) return;
    const target = find();
    // Not rendered yet (another state update still pending): try again after the next commit.
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });

  function update(next: SuggestionView[]) {
    setList(next);
    onSuggestionsChange?.(next);
  }

  async function load() {
    setLoading(true);
    setMessage(null);
    setUndoable(null);
    const result = await api<SuggestionsResult>(`/api/articles/${encodeURIComponent(articleId)}/suggestions`);
    setLoading(false);
    if (!result.ok) return setMessage({ kind: "error", text: result.error.message });
    update(result.data.suggestions);
    setMessage({ kind: "info", text: result.data.suggestions.length === 0 ? "No further sentences to suggest." : `${result.data.suggestions.length} sentences worth checking.` });
  }

  /** Removes one suggestion and puts focus on the next (or previous) one's first button. */
  function remove(key: string) {
    if (!list) return;
    // Position as shown, so focus lands on the suggestion that took its place.
    const index = orderSuggestions(list, order).findIndex((s) => s.key === key);
    const next = list.filter((s) => s.key !== key);
    pendingFocus.current = () => {
      const items = listRef.current?.querySelectorAll<HTMLElement>("[data-suggestion-focus]");
      return items && items.length > 0 ? items[Math.min(index, items.length - 1)] : loadButtonRef.current;
    };
    update(next);
  }

  async function accept(s: SuggestionView) {
    setBusyKey(s.key);
    setUndoable(null);
    const result = await api<{ claim: ClaimView }>(`/api/articles/${encodeURIComponent(articleId)}/claims`, {
      method: "POST",
      body: { exact: s.text, start: s.start, end: s.end, prefix: s.prefix, suffix: s.suffix },
    });
    setBusyKey(null);
    if (!result.ok) {
      const stale = result.error.status === 422 ? " The text may have changed: press “Suggest claims” again." : "";
      return setMessage({ kind: "error", text: result.error.message + stale });
    }
    setMessage({ kind: "info", text: "Claim created." });
    remove(s.key);
    onAccepted(result.data.claim);
  }

  async function dismiss(s: SuggestionView) {
    setBusyKey(s.key);
    const result = await api(`/api/articles/${encodeURIComponent(articleId)}/suggestions/dismiss`, { method: "POST", body: { key: s.key } });
    setBusyKey(null);
    if (!result.ok) return setMessage({ kind: "error", text: result.error.message });
    setMessage({ kind: "info", text: "Suggestion dismissed." });
    setUndoable(s);
    remove(s.key);
  }

  /** Undo the last dismissal: the server forgets it and the sentence is back in the list. */
  async function undo() {
    const s = undoable;
    if (!s) return;
    setBusyKey(s.key);
    const result = await api(`/api/articles/${encodeURIComponent(articleId)}/suggestions/restore`, { method: "POST", body: { key: s.key } });
    setBusyKey(null);
    if (!result.ok) return setMessage({ kind: "error", text: result.error.message });
    setUndoable(null);
    setMessage({ kind: "info", text: "Suggestion restored." });
    // Keyboard users land on the restored suggestion's Accept button.
    pendingFocus.current = () => listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(s.key)}"] [data-suggestion-focus]`);
    update([...(list ?? []).filter((x) => x.key !== s.key), s]);
  }

  const shown = list ? orderSuggestions(list, order) : null;

  return (
    <section aria-labelledby="suggestions-heading" className="space-y-2" data-testid="suggestions-panel">
      <div className="flex items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="text-sm font-semibold">Suggested claims</h2>
        <button ref={loadButtonRef} type="button" className="btn btn-sm" onClick={() => void load()} disabled={loading}>
          {loading ? "Scoring…" : list ? "Refresh suggestions" : "Suggest claims"}
        </button>
      </div>
      <div className="flex items-center gap-2">
        <p role="status" aria-live="polite" className={message?.kind === "error" ? "alert-error" : "text-xs text-slate-600"}>
          {message?.text ?? ""}
        </p>
        {undoable && canEdit && (
          <button type="button" className="btn btn-sm" onClick={() => void undo()} disabled={busyKey === undoable.key}>
            Undo<span className="sr-only"> dismissing “{undoable.text}”</span>
          </button>
        )}
      </div>
      {shown && shown.length > 1 && (
        <label className="flex items-center gap-2 text-xs text-slate-700">
          Order
          <select className="input w-auto py-0.5 text-xs" value={order} onChange={(e) => setOrder(e.target.value as SuggestionOrder)}>
            <option value="score">Highest score first</option>
            <option value="reading">Reading order</option>
          </select>
        </label>
      )}
      {shown && shown.length > 0 && (
        <ul ref={listRef} className="space-y-2" aria-label="Suggested sentences">
          {shown.map((s) => {
            const pct = Math.round(s.score * 100);
            return (
              <li key={s.key} className="rounded-md border border-slate-200 bg-white p-2 text-sm" data-key={s.key}>
                <p className="mb-1 text-slate-900">{s.text}</p>
                <div className="mb-1 flex items-center gap-2">
                  <div role="meter" aria-label="Check-worthiness" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-200">
                    <div className="h-full bg-blue-600" style={{ width: `${pct}%` }} />
                  </div>
                  <span className="text-xs tabular-nums text-slate-600" data-testid="suggestion-score">{pct}%</span>
                </div>
                {s.reasons.length > 0 && (
                  <ul className="mb-1 flex flex-wrap gap-1" aria-label="Reasons">
                    {s.reasons.map((r) => (
                      <li key={r} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{r}</li>
                    ))}
                  </ul>
                )}
                {canEdit && (
                  <div className="flex gap-2">
                    <button type="button" className="btn btn-primary btn-sm" data-suggestion-focus onClick={() => void accept(s)} disabled={busyKey === s.key}>
                      Accept<span className="sr-only"> as a claim</span>
                    </button>
                    <button type="button" className="btn btn-sm" onClick={() => void dismiss(s)} disabled={busyKey === s.key}>
                      Dismiss<span className="sr-only"> this suggestion</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
