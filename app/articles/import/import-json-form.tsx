"use client";
import Link from "next/link";
import { useState } from "react";
import { api } from "../../_components/api-client";

const MAX_BYTES = 20_000_000;

interface ImportAnswer {
  id: string;
  title: string;
  claims: number;
  orphaned: number;
  unmatchedPeople: string[];
  approvalsKept: number;
  approvalsRefused: Array<{ number: number; reason: string }>;
}

/**
 * Upload a factdesk/1 JSON export; it becomes a new article (nothing is overwritten).
 * Reviewers and admins may keep the file's approvals: each is then recorded as approved by
 * them, imported from this file, and four-eyes still applies.
 */
export function ImportJsonForm({ canKeepApprovals }: { canKeepApprovals: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [keepApprovals, setKeepApprovals] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportAnswer | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (!file) return setError("Choose the exported .json file.");
    if (file.size > MAX_BYTES) return setError("That file is larger than 20 MB, the most Factdesk imports at once.");
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return setError("This file is not valid JSON. Choose a “Factdesk JSON” export.");
    }
    setPending(true);
    const query = new URLSearchParams({ fileName: file.name.slice(0, 255), ...(keepApprovals ? { keepApprovals: "1" } : {}) });
    const result = await api<ImportAnswer>(`/api/articles/import?${query}`, { method: "POST", body: document });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setDone(result.data);
  }

  return (
    <form onSubmit={onSubmit} className="card space-y-4 p-5" noValidate aria-label="Import a Factdesk export">
      {error && <div role="alert" className="alert-error" data-testid="import-error">{error}</div>}
      {done && (
        <div role="status" className="alert-info" data-testid="import-done">
          <p>
            Imported “{done.title}” with {done.claims} {done.claims === 1 ? "claim" : "claims"}
            {done.orphaned > 0 ? `; ${done.orphaned} could not be placed in the text and ${done.orphaned === 1 ? "is" : "are"} listed as orphaned` : ""}.{" "}
            <Link href={`/articles/${done.id}`} className="font-medium underline">Open the article</Link>
          </p>
          {done.unmatchedPeople.length > 0 && <p className="mt-1">No account here for: {done.unmatchedPeople.join(", ")}. Their comments are attributed to you with their name.</p>}
          {done.approvalsKept > 0 && <p className="mt-1">{done.approvalsKept} {done.approvalsKept === 1 ? "approval" : "approvals"} kept, recorded as approved by you from this file.</p>}
          {done.approvalsRefused.length > 0 && (
            <div className="mt-1">
              <p>Not kept, waiting for review instead:</p>
              <ul className="ml-4 list-disc">
                {done.approvalsRefused.map((r) => <li key={r.number}>Claim {r.number}: {r.reason}</li>)}
              </ul>
            </div>
          )}
        </div>
      )}
      <div>
        <label htmlFor="export-file" className="label">Export file (.json)</label>
        <input id="export-file" type="file" accept=".json,application/json" className="text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      {canKeepApprovals && (
        <div className="flex items-start gap-2">
          <input id="keep-approvals" type="checkbox" className="mt-1" checked={keepApprovals} onChange={(e) => setKeepApprovals(e.target.checked)} aria-describedby="keep-approvals-help" />
          <div>
            <label htmlFor="keep-approvals" className="text-sm font-medium">Keep approvals</label>
            <p id="keep-approvals-help" className="text-xs text-slate-600">
              Claims approved in the file stay approved, recorded as approved by you from this file (with who approved them originally).
              Without it, imported claims wait for review. Four-eyes still applies: a claim whose verdict you set is not kept approved.
            </p>
          </div>
        </div>
      )}
      <div className="flex justify-end"><button type="submit" className="btn btn-primary" disabled={pending}>{pending ? "Importing…" : "Import as a new article"}</button></div>
    </form>
  );
}
