"use client";
import { useId, useState } from "react";
import { api } from "../api-client";
import type { QueueMessage } from "./review-queue-table";

interface BulkAnswer {
  done: string[];
  skipped: { id: string; reason: string }[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Assign to…" and "Submit for review" for the selected claims; skipped ones are explained. */
export function BulkBar(props: {
  selectedIds: string[];
  assignees: { id: string; name: string }[];
  /** Short quote per claim id, to say which claim a skip reason is about. */
  excerpts: Record<string, string>;
  onDone: (message: QueueMessage) => void;
}) {
  const { selectedIds, assignees, excerpts, onDone } = props;
  const [assignee, setAssignee] = useState("");
  const [pending, setPending] = useState(false);
  const id = useId();
  const none = selectedIds.length === 0;

  async function send(body: Record<string, unknown>, verb: string) {
    setPending(true);
    const result = await api<BulkAnswer>("/api/claims/bulk", { method: "POST", body: { ...body, claimIds: selectedIds } });
    setPending(false);
    if (!result.ok) {
      onDone({ kind: "error", text: result.error.message });
      return;
    }
    const { done, skipped } = result.data;
    const text = `${verb} ${plural(done.length, "claim", "claims")}.` + (skipped.length ? ` ${plural(skipped.length, "claim was", "claims were")} skipped:` : "");
    onDone({ kind: done.length === 0 && skipped.length > 0 ? "error" : "info", text, details: skipped.map((s) => `“${excerpts[s.id] ?? s.id}”: ${s.reason}`) });
  }

  return (
    <div className="card flex flex-wrap items-center gap-3 px-3 py-2 text-sm" role="group" aria-label="Bulk actions">
      <span className="tabular-nums text-slate-700" aria-live="polite">{none ? "No claims selected" : `${plural(selectedIds.length, "claim", "claims")} selected`}</span>
      <label htmlFor={`${id}-assignee`} className="sr-only">Assign selected claims to</label>
      <div className="w-52">
        <select id={`${id}-assignee`} className="input" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">Assign to…</option>
          <option value="none">Nobody (unassign)</option>
          {assignees.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </div>
      <button type="button" className="btn btn-sm" disabled={none || pending || assignee === ""} onClick={() => void send({ action: "assign", assigneeId: assignee === "none" ? null : assignee }, "Assigned")}>
        Assign
      </button>
      <button type="button" className="btn btn-sm" disabled={none || pending} onClick={() => void send({ action: "submit" }, "Submitted")}>
        Submit for review
      </button>
    </div>
  );
}
