"use client";
import { useState } from "react";
import type { CommentView } from "@/lib/contracts/comments";
import type { MentionCandidate } from "@/lib/domain/mentions";
import { RelativeTime } from "../history/relative-time";
import { MentionTextarea } from "./mention-textarea";

/** Rendered Markdown from the server (already sanitised there: no raw HTML, http(s) links only). */
export const COMMENT_BODY_CLASS =
  "break-words text-sm text-slate-800 [&_a]:text-blue-700 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-2 [&_blockquote]:text-slate-600 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_li]:ml-5 [&_ol]:list-decimal [&_p]:mb-1 [&_pre]:overflow-x-auto [&_pre]:bg-slate-100 [&_pre]:p-2 [&_ul]:list-disc";

export interface CommentItemProps {
  comment: CommentView;
  users: MentionCandidate[];
  canEdit: boolean;
  canDelete: boolean;
  busy: boolean;
  onEdit(body: string): Promise<string | null>;
  onDelete(): Promise<void>;
  children?: React.ReactNode;
}

/** One comment: author, time, text, and the actions its viewer may take. */
export function CommentItem({ comment, users, canEdit, canDelete, busy, onEdit, onDelete, children }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (comment.deletedAt) {
    return (
      <div className="text-sm italic text-slate-500" data-testid="comment-deleted">
        Comment deleted
      </div>
    );
  }

  async function save() {
    const problem = await onEdit(draft);
    if (problem) setError(problem);
    else {
      setEditing(false);
      setError(null);
    }
  }

  return (
    <article aria-label={`Comment by ${comment.author?.name ?? "someone"}`} data-testid="comment">
      <header className="mb-0.5 flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
        <span className="text-sm font-medium text-slate-900">{comment.author?.name}</span>
        <RelativeTime iso={comment.createdAt} />
        {comment.editedAt && <span title={`Edited ${new Date(comment.editedAt).toUTCString()}`}>(edited)</span>}
      </header>
      {editing ? (
        <div className="space-y-2">
          <MentionTextarea
            id={`edit-${comment.id}`}
            label="Edit your comment"
            value={draft}
            onChange={setDraft}
            users={users}
            error={error}
            autoFocus
            onSubmit={() => void save()}
            onCancel={() => setEditing(false)}
          />
          <div className="flex gap-2">
            <button type="button" className="btn btn-primary btn-sm" disabled={busy || !draft.trim()} onClick={() => void save()}>Save</button>
            <button type="button" className="btn btn-sm" onClick={() => { setEditing(false); setDraft(comment.body); setError(null); }}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className={COMMENT_BODY_CLASS} dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      )}
      {!editing && (
        <div className="mt-1 flex flex-wrap items-center gap-3 text-xs">
          {children}
          {canEdit && (
            <button type="button" className="text-slate-600 underline-offset-2 hover:underline" onClick={() => { setDraft(comment.body); setEditing(true); }}>
              Edit
            </button>
          )}
          {canDelete && !confirmDelete && (
            <button type="button" className="text-red-700 underline-offset-2 hover:underline" onClick={() => setConfirmDelete(true)}>
              Delete
            </button>
          )}
          {confirmDelete && (
            <span className="flex items-center gap-2" role="group" aria-label="Confirm delete">
              <span className="text-slate-700">Delete this comment?</span>
              <button type="button" className="btn btn-danger btn-sm" disabled={busy} onClick={() => void onDelete().then(() => setConfirmDelete(false))}>Delete</button>
              <button type="button" className="btn btn-sm" onClick={() => setConfirmDelete(false)}>Keep</button>
            </span>
          )}
        </div>
      )}
    </article>
  );
}
