"use client";
import { useCallback, useEffect, useState } from "react";
import type { Role } from "@/lib/domain/enums";
import { can } from "@/lib/domain/permissions";
import type { DirectoryUser } from "@/lib/contracts/users";
import type { CommentView, ThreadView } from "@/lib/contracts/comments";
import { api } from "../api-client";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";

export interface ClaimCommentsProps {
  claimId: string;
  currentUser: { id: string; name: string; role: Role };
  /** Active colleagues (GET /api/users?directory=1), for @mention autocomplete. */
  users: DirectoryUser[];
  /** Bump to reload, e.g. when a live `comment.*` event for this claim arrives. */
  refreshKey?: number;
}

/**
 * A claim's discussion: threads with replies, resolve/reopen, edit and delete, and a
 * composer with @mention autocomplete. Viewers read; editors and above write. Every action
 * goes through the API and the list is re-read afterwards, so it always shows what is stored.
 */
export function ClaimComments({ claimId, currentUser, users, refreshKey = 0 }: ClaimCommentsProps) {
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const canWrite = can(currentUser, "comment.create");
  const canModerate = can(currentUser, "comment.moderate");
  const base = `/api/claims/${encodeURIComponent(claimId)}/comments`;

  const load = useCallback(async (signal?: AbortSignal) => {
    const result = await api<{ threads: ThreadView[] }>(base, { signal });
    if (signal?.aborted) return;
    if (!result.ok) return setError(result.error.message);
    setThreads(result.data.threads);
  }, [base]);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, refreshKey]);

  /** Runs an API call; returns the message to show next to the field, or null. */
  async function act(call: () => ReturnType<typeof api>, fieldError = false): Promise<string | null> {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      if (fieldError && result.error.status === 422) return result.error.fields?.body ?? result.error.message;
      setError(result.error.message);
      return fieldError ? result.error.message : null;
    }
    setError(null);
    await load();
    return null;
  }

  const send = (body: string, parentId?: string) => act(() => api(base, { method: "POST", body: { body, parentId } }), true);
  const edit = (comment: CommentView, body: string) => act(() => api(`/api/comments/${comment.id}`, { method: "PATCH", body: { body } }), true);
  const remove = async (comment: CommentView) => void (await act(() => api(`/api/comments/${comment.id}`, { method: "DELETE" })));
  const resolve = (thread: ThreadView, resolved: boolean) => act(() => api(`/api/comments/${thread.root.id}/resolve`, { method: "POST", body: { resolved } }));

  const item = (comment: CommentView, extra?: React.ReactNode) => (
    <CommentItem
      comment={comment}
      users={users}
      busy={busy}
      canEdit={canWrite && comment.author?.id === currentUser.id}
      canDelete={canWrite && (comment.author?.id === currentUser.id || canModerate)}
      onEdit={(body) => edit(comment, body)}
      onDelete={() => remove(comment)}
    >
      {extra}
    </CommentItem>
  );

  const open = threads?.filter((t) => !t.resolvedAt) ?? [];
  const resolved = threads?.filter((t) => t.resolvedAt) ?? [];

  const renderThread = (thread: ThreadView) => {
    const isResolved = !!thread.resolvedAt;
    const collapsed = isResolved && !showResolved.has(thread.root.id);
    const replyCount = thread.replies.length;
    return (
      <li key={thread.root.id} className={`rounded-md border p-3 ${isResolved ? "border-slate-200 bg-slate-50" : "border-slate-200 bg-white"}`} data-testid="comment-thread">
        {isResolved && (
          <div className="mb-1 flex items-center gap-2 text-xs text-slate-600">
            <span aria-hidden>✓</span>
            <span>Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy.name}` : ""}</span>
            <button
              type="button"
              className="underline"
              aria-expanded={!collapsed}
              onClick={() => setShowResolved((s) => { const n = new Set(s); if (n.has(thread.root.id)) n.delete(thread.root.id); else n.add(thread.root.id); return n; })}
            >
              {collapsed ? `Show thread${replyCount ? ` (${replyCount + 1} comments)` : ""}` : "Hide"}
            </button>
          </div>
        )}
        {!collapsed && (
          <>
            {item(
              thread.root,
              canWrite && (
                <>
                  <button type="button" className="text-slate-600 underline-offset-2 hover:underline" onClick={() => setReplyTo(thread.root.id)}>Reply</button>
                  <button type="button" className="text-slate-600 underline-offset-2 hover:underline" disabled={busy} onClick={() => void resolve(thread, !isResolved)}>
                    {isResolved ? "Reopen" : "Resolve"}
                  </button>
                </>
              ),
            )}
            {replyCount > 0 && (
              <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3" aria-label="Replies">
                {thread.replies.map((reply) => <li key={reply.id}>{item(reply)}</li>)}
              </ul>
            )}
            {replyTo === thread.root.id && (
              <div className="mt-2 border-l-2 border-blue-200 pl-3">
                <CommentComposer id={`reply-${thread.root.id}`} label="Your reply" submitLabel="Reply" users={users} autoFocus onSend={async (body) => { const problem = await send(body, thread.root.id); if (!problem) setReplyTo(null); return problem; }} onCancel={() => setReplyTo(null)} />
              </div>
            )}
          </>
        )}
      </li>
    );
  };

  return (
    <section aria-label="Discussion" data-testid="claim-comments" className="space-y-3">
      {error && <p role="alert" className="alert-error">{error}</p>}
      {threads === null && !error && <p className="text-sm text-slate-500">Loading discussion…</p>}
      {threads?.length === 0 && <p className="text-sm text-slate-500">No comments yet.{canWrite ? " Start the discussion below." : ""}</p>}
      {open.length > 0 && <ul className="space-y-2">{open.map(renderThread)}</ul>}
      {resolved.length > 0 && (
        <div>
          <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Resolved ({resolved.length})</h4>
          <ul className="space-y-2">{resolved.map(renderThread)}</ul>
        </div>
      )}
      {canWrite && threads !== null && (
        <CommentComposer id={`new-comment-${claimId}`} label="New comment" submitLabel="Comment" users={users} onSend={(body) => send(body)} />
      )}
    </section>
  );
}
