"use client";
import { useState } from "react";
import type { MentionCandidate } from "@/lib/domain/mentions";
import { MentionTextarea } from "./mention-textarea";

/** A new comment or reply. `onSend` returns an error message to show, or null when sent. */
export function CommentComposer(props: { id: string; label: string; submitLabel: string; users: MentionCandidate[]; onSend(body: string): Promise<string | null>; onCancel?(): void; autoFocus?: boolean }) {
  const { id, label, submitLabel, users, onSend, onCancel, autoFocus } = props;
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function send() {
    if (!body.trim() || sending) return;
    setSending(true);
    const problem = await onSend(body);
    setSending(false);
    if (problem) return setError(problem);
    setBody("");
    setError(null);
  }

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <MentionTextarea id={id} label={label} value={body} onChange={setBody} users={users} error={error} autoFocus={autoFocus} onSubmit={() => void send()} onCancel={onCancel} placeholder="Ask a question, note a doubt, @mention a colleague…" />
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={sending || !body.trim()}>
          {sending ? "Sending…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-sm" onClick={onCancel}>Cancel</button>
        )}
      </div>
    </form>
  );
}
