"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/domain/enums";
import { can } from "@/lib/domain/permissions";
import { availableReviewActions, REVIEW_ACTION_LABEL, reviewActionBlocker, type ReviewAction } from "@/lib/domain/review";
import { reviewDisplayState } from "@/lib/domain/review-display";
import type { QueueItem } from "@/lib/contracts/review";
import { api } from "../api-client";
import { BulkBar } from "./bulk-bar";
import { NoteDialog, type NoteRequest } from "./note-dialog";
import { exactTime, relativeTime } from "@/lib/domain/relative-time";
import { SortHeader } from "./sort-header";
import type { QueueParams } from "./queue-url";
import { QueueEvidence } from "./queue-evidence";
import { ReviewNote } from "./review-note";
import { ReviewDisplayBadge, VerdictChip } from "./verdict-chip";

export interface QueueMessage {
  kind: "error" | "info";
  text: string;
  details?: string[];
}

const NOTE_REQUESTS: Partial<Record<ReviewAction, NoteRequest>> = {
  send_back: { title: "Send back to the editor", prompt: "What should the editor fix? (required)", confirmLabel: "Send back" },
  reopen: { title: "Reopen this approved claim", prompt: "Why does it need another look? (required)", confirmLabel: "Reopen" },
};

const DONE_TEXT: Record<ReviewAction, string> = { submit: "Submitted for review", approve: "Approved", send_back: "Sent back", reopen: "Reopened" };

/**
 * The review queue's table: one row per claim with its review buttons, checkboxes for bulk
 * actions, and the server's answer (including refusals such as four-eyes) in an alert.
 * After a change the server component re-renders the page, so the rows stay the truth.
 */
export function ReviewQueueTable(props: {
  items: QueueItem[];
  actor: { id: string; role: Role };
  fourEyes: boolean;
  assignees: { id: string; name: string }[];
  now: string;
  query: QueueParams;
}) {
  const { items, actor, fourEyes, now, query } = props;
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<QueueMessage | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ item: QueueItem; action: ReviewAction } | null>(null);
  const canSelect = can(actor, "review.submit");
  const visibleSelected = items.filter((i) => selected.has(i.id)).map((i) => i.id);
  const allSelected = items.length > 0 && visibleSelected.length === items.length;

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function run(item: QueueItem, action: ReviewAction, note?: string) {
    setPending(item.id);
    setMessage(null);
    const result = await api<{ claim: { reviewState: string } }>(`/api/claims/${item.id}/review`, { method: "POST", body: { action, version: item.version, ...(note ? { note } : {}) } });
    setPending(null);
    if (!result.ok) {
      setMessage({ kind: "error", text: result.error.message });
      return;
    }
    setMessage({ kind: "info", text: `${DONE_TEXT[action]}: “${item.excerpt}”.` });
    router.refresh();
  }

  function onAction(item: QueueItem, action: ReviewAction) {
    if (NOTE_REQUESTS[action]) setAsking({ item, action });
    else void run(item, action);
  }

  return (
    <div className="space-y-3">
      {message && (
        <div role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert-error" : "alert-info"} data-testid="queue-message">
          <p>{message.text}</p>
          {message.details && message.details.length > 0 && (
            <ul className="mt-1 list-disc pl-5">{message.details.map((d, i) => <li key={i}>{d}</li>)}</ul>
          )}
        </div>
      )}
      {canSelect && (
        <BulkBar
          selectedIds={visibleSelected}
          assignees={props.assignees}
          excerpts={Object.fromEntries(items.map((i) => [i.id, i.excerpt.length > 60 ? i.excerpt.slice(0, 59) + "…" : i.excerpt]))}
          onDone={(m) => {
            setMessage(m);
            setSelected(new Set());
            router.refresh();
          }}
        />
      )}
      <div className="card queue-cards relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Claims in the review queue</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {canSelect && (
                <th scope="col" className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label="Select all claims on this page"
                    checked={allSelected}
                    onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
                  />
                </th>
              )}
              <th scope="col" className="px-3 py-2 font-medium">Claim</th>
              <SortHeader label="Article" sort="article" query={query} />
              <SortHeader label="Verdict" sort="verdict" query={query} />
              <SortHeader label="Review state" sort="state" query={query} />
              <th scope="col" className="px-3 py-2 font-medium">Assignee</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Sources</th>
              <SortHeader label="Last change" sort="updated" query={query} />
              <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const actions = availableReviewActions(actor, item);
              const blocked = (a: ReviewAction) => reviewActionBlocker(a, item, { actorId: actor.id, fourEyes });
              return (
                <tr key={item.id} className="border-t border-slate-100 align-top" data-testid="queue-row" data-claim-id={item.id}>
                  {canSelect && (
                    <td className="px-3 py-2">
                      <input type="checkbox" aria-label={`Select “${item.excerpt}”`} checked={selected.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                    </td>
                  )}
                  <td className="min-w-72 max-w-md px-3 py-2">
                    <p className="font-serif text-slate-900">“{item.excerpt}”</p>
                    {(item.normalized || item.claimant) && (
                      <p className="mt-0.5 text-xs text-slate-600">{[item.claimant, item.normalized].filter(Boolean).join(" — ")}</p>
                    )}
                    {item.reviewNote && <ReviewNote note={item.reviewNote} compact />}
                    <QueueEvidence item={item} />
                  </td>
                  <td className="max-w-56 px-3 py-2" data-label="Article">
                    <Link href={`/articles/${item.articleId}#claim-${item.id}`} className="line-clamp-3 text-blue-800 hover:underline" title={item.articleTitle}>{item.articleTitle}</Link>
                  </td>
                  <td className="px-3 py-2" data-label="Verdict"><VerdictChip verdict={item.verdict} /></td>
                  <td className="px-3 py-2" data-label="Review"><ReviewDisplayBadge state={reviewDisplayState(item)} /></td>
                  <td className="px-3 py-2" data-label="Assignee">{item.assignee ? item.assignee.name : <span className="text-slate-600">Unassigned</span>}</td>
                  <td className="px-3 py-2 text-right tabular-nums" data-label="Sources">{item.sourceCount}</td>
                  <td className="whitespace-nowrap px-3 py-2" data-label="Last change">
                    <time dateTime={item.updatedAt} title={exactTime(item.updatedAt)}>{relativeTime(item.updatedAt, new Date(now))}</time>
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap justify-end gap-1.5">
                      {actions.map((action) => (
                        <button
                          key={action}
                          type="button"
                          className={action === "approve" ? "btn btn-sm btn-primary" : "btn btn-sm"}
                          disabled={pending === item.id || !!blocked(action)}
                          onClick={() => onAction(item, action)}
                          aria-label={`${REVIEW_ACTION_LABEL[action]}: “${item.excerpt}”`}
                          aria-describedby={blocked(action) ? `queue-why-${action}-${item.id}` : undefined}
                        >
                          {REVIEW_ACTION_LABEL[action]}
                        </button>
                      ))}
                    </div>
                    {actions.map((action) =>
                      blocked(action) ? (
                        <p key={action} id={`queue-why-${action}-${item.id}`} className="mt-1 max-w-56 text-right text-xs text-slate-700" data-testid="review-blocked-reason">
                          {blocked(action)}
                        </p>
                      ) : null,
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <NoteDialog
        request={asking ? NOTE_REQUESTS[asking.action] ?? null : null}
        onCancel={() => setAsking(null)}
        onConfirm={(note) => {
          const current = asking;
          setAsking(null);
          if (current) void run(current.item, current.action, note);
        }}
      />
    </div>
  );
}
