"use client";
import { verdictDisplay, type RatingScale } from "@/lib/domain/rating-scale";
import { useRatingScale } from "../../../_components/rating-scale-context";
import { changedFields, type ClaimDraft, type DraftField } from "./draft";
import { formatDateTime } from "./format";
import { Modal } from "./modal";
import type { ClaimView } from "./types";

export interface Conflict {
  current: ClaimView;
  changedBy: string;
  message: string;
}

const FIELD_LABEL: Record<DraftField, string> = { claimant: "Claimant", normalized: "Normalised claim", verdict: "Verdict", rationale: "Rationale" };

function show(field: DraftField, value: string | null, scale: RatingScale): string {
  if (field === "verdict" && value) return verdictDisplay(scale, value).label;
  return value && value.trim() ? value : "(empty)";
}

/** Someone saved this claim first: show their version next to the unsaved one and let the user choose. */
export function ConflictDialog(props: { conflict: Conflict | null; draft: ClaimDraft; busy: boolean; onReapply: () => void; onDiscard: () => void; onClose: () => void }) {
  const scale = useRatingScale();
  const { conflict, draft, busy, onReapply, onDiscard, onClose } = props;
  const fields = changedFields(draft);
  return (
    <Modal open={!!conflict} onClose={onClose} labelledBy="conflict-title" describedBy="conflict-message" className="w-[min(44rem,calc(100vw-2rem))]">
      {conflict && (
        <div className="p-5">
          <h2 id="conflict-title" className="mb-1 text-lg font-semibold">
            {conflict.changedBy} changed this claim while you were editing
          </h2>
          <p id="conflict-message" className="mb-4 text-sm text-slate-700">
            {conflict.message} Their version was saved {formatDateTime(conflict.current.updatedAt)}. Your unsaved text is kept below.
          </p>
          <div className="mb-5 max-h-[50vh] overflow-y-auto rounded-md border border-slate-200">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">Field</th>
                  <th scope="col" className="px-3 py-2">{conflict.changedBy}’s version (saved)</th>
                  <th scope="col" className="px-3 py-2">Your unsaved version</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {fields.map((f) => (
                  <tr key={f}>
                    <th scope="row" className="px-3 py-2 font-medium">{FIELD_LABEL[f]}</th>
                    <td className="whitespace-pre-wrap px-3 py-2">{show(f, conflict.current[f], scale)}</td>
                    <td className="whitespace-pre-wrap px-3 py-2">{show(f, draft.values[f], scale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className="btn" onClick={onDiscard} disabled={busy}>
              Discard mine
            </button>
            <button type="button" className="btn btn-primary" onClick={onReapply} disabled={busy}>
              {busy ? "Saving…" : "Reapply mine on top"}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
