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
}

/** Upload a factdesk/1 JSON export; it becomes a new article (nothing is overwritten). */
export function ImportJsonForm() {
  const [file, setFile] = useState<File | null>(null);
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
    const result = await api<ImportAnswer>("/api/articles/import", { method: "POST", body: document });
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
        </div>
      )}
      <div>
        <label htmlFor="export-file" className="label">Export file (.json)</label>
        <input id="export-file" type="file" accept=".json,application/json" className="text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="flex justify-end"><button type="submit" className="btn btn-primary" disabled={pending}>{pending ? "Importing…" : "Import as a new article"}</button></div>
    </form>
  );
}
