"use client";
import { useState } from "react";
import { availableReviewActions, REVIEW_ACTION_LABEL, reviewActionBlocker, type ReviewAction } from "@/lib/domain/review";
import { reviewDisplayState } from "@/lib/domain/review-display";
import type { DirectoryUser } from "@/lib/contracts/users";
import { api } from "../../../_components/api-client";
import { NoteDialog, type NoteRequest } from "../../../_components/review/note-dialog";
import { ReviewNote } from "../../../_components/review/review-note";
import { ReviewDisplayBadge } from "../../../_components/review/verdict-chip";
import type { Announce } from "./announcer";
import { formatDateTime } from "./format";
import type { ClaimView, WorkbenchActor } from "./types";

const NOTE_REQUEST: Partial<Record<ReviewAction, NoteRequest>> = {
  send_back: { title: "Send this claim back", prompt: "What should the editor fix? (required)", confirmLabel: "Send back" },
  reopen: { title: "Reopen this approved claim", prompt: "Why does it need another look? (required)", confirmLabel: "Reopen" },
};

const DONE: Record<ReviewAction, string> = {
  submit: "Submitted for review.",
  approve: "Claim approved. It is now locked.",
  send_back: "Claim sent back to the editor with your note.",
  reopen: "Claim reopened. It can be edited again.",
};

/**
 * The open claim's review state and the review steps this person may take: editors
 * submit, reviewers approve, send back or reopen (the last two ask for a note in a modal
 * dialog). Refusals, such as the four-eyes rule, are shown as the server words them.
 */
export function ReviewActions(props: { claim: ClaimView; actor: WorkbenchActor; fourEyes: boolean; onChanged: (claim: ClaimView) => void; announce: Announce }) {
  const { claim, actor, fourEyes, onChanged, announce } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ReviewAction | null>(null);
  const actions = availableReviewActions(actor, claim);
  // Buttons the server would refuse are shown disabled, with the server's reason beside them.
  const subject = { reviewState: claim.reviewState, verdict: claim.verdict, rationale: claim.rationale, sourceCount: claim.sources.length, verdictSetById: claim.verdictSetBy?.id ?? null };
  const blockers = new Map(actions.map((a) => [a, reviewActionBlocker(a, subject, { actorId: actor.id, fourEyes })]));

  async function run(action: ReviewAction, note?: string) {
    setBusy(true);
    setError(null);
    const res = await api<{ claim: ClaimView }>(`/api/claims/${encodeURIComponent(claim.id)}/review`, { method: "POST", body: { action, version: claim.version, ...(note ? { note } : {}) } });
    setBusy(false);
    setAsking(null);
    if (!res.ok) {
      const current = (res.error.details as { current?: ClaimView } | undefined)?.current;
      if (current) onChanged(current);
      return setError(res.error.message);
    }
    onChanged(res.data.claim);
    announce(DONE[action]);
  }

  return (
    <section aria-labelledby={`review-heading-${claim.id}`} className="space-y-2" data-testid="review-actions">
      <h3 id={`review-heading-${claim.id}`} className="text-sm font-semibold">Review</h3>
      <p className="text-sm">
        <ReviewDisplayBadge state={reviewDisplayState(claim)} />
        {claim.reviewState === "approved" && (
          <span className="ml-2 text-xs text-slate-600">
            by {claim.approvedBy?.name ?? "a reviewer"}
            {claim.approvedAt && <> on <time dateTime={claim.approvedAt} suppressHydrationWarning>{formatDateTime(claim.approvedAt)}</time></>}
            {" "}· locked until a reviewer reopens it
          </span>
        )}
      </p>
      {claim.reviewNote && <ReviewNote note={claim.reviewNote} />}
      {actions.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              className={`btn btn-sm ${a === "approve" || a === "submit" ? "btn-primary" : ""}`}
              disabled={busy || !!blockers.get(a)}
              aria-describedby={blockers.get(a) ? `review-why-${a}-${claim.id}` : undefined}
              onClick={() => (NOTE_REQUEST[a] ? setAsking(a) : void run(a))}
            >
              {REVIEW_ACTION_LABEL[a]}
            </button>
          ))}
        </div>
      )}
      {actions.map((a) =>
        blockers.get(a) ? (
          <p key={a} id={`review-why-${a}-${claim.id}`} className="text-xs text-slate-700" data-testid="review-blocked-reason">
            <span className="font-medium">{REVIEW_ACTION_LABEL[a]} is not available:</span> {blockers.get(a)}
          </p>
        ) : null,
      )}
      {error && <p role="alert" className="alert-error text-xs" data-testid="review-error">{error}</p>}
      <NoteDialog request={asking ? NOTE_REQUEST[asking] ?? null : null} onCancel={() => setAsking(null)} onConfirm={(note) => asking && void run(asking, note)} />
    </section>
  );
}

/** Who is working on the claim; editors may change it (PATCH with the version shown). */
export function AssigneePicker(props: { claim: ClaimView; users: DirectoryUser[] | null; editable: boolean; onChanged: (claim: ClaimView) => void; announce: Announce }) {
  const { claim, users, editable, onChanged, announce } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `assignee-${claim.id}`;

  async function assign(assigneeId: string | null) {
    setBusy(true);
    setError(null);
    const res = await api<{ claim: ClaimView }>(`/api/claims/${encodeURIComponent(claim.id)}`, { method: "PATCH", body: { version: claim.version, assigneeId, base: { assigneeId: claim.assignee?.id ?? null } } });
    setBusy(false);
    if (!res.ok) {
      const current = (res.error.details as { current?: ClaimView } | undefined)?.current;
      if (current) onChanged(current);
      return setError(res.error.message);
    }
    onChanged(res.data.claim);
    announce(res.data.claim.assignee ? `Assigned to ${res.data.claim.assignee.name}.` : "Nobody is assigned now.");
  }

  if (!editable) {
    return (
      <p className="text-sm">
        <span className="text-xs font-medium uppercase tracking-wide text-slate-600">Assignee </span>
        {claim.assignee?.name ?? "Nobody"}
      </p>
    );
  }
  const options = users ?? (claim.assignee ? [{ id: claim.assignee.id, name: claim.assignee.name, assignable: true }] : []);
  return (
    <div>
      <label htmlFor={id} className="label">Assignee</label>
      <select id={id} className="input" value={claim.assignee?.id ?? ""} disabled={busy || users === null} onChange={(e) => void assign(e.target.value || null)}>
        <option value="">Nobody</option>
        {options
          .filter((u) => u.assignable || u.id === claim.assignee?.id)
          .map((u) => (
            <option key={u.id} value={u.id}>{u.name}</option>
          ))}
      </select>
      {error && <p role="alert" className="field-error">{error}</p>}
    </div>
  );
}
