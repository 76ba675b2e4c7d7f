"use client";
import { useState } from "react";
import type { Stance } from "@/lib/domain/enums";
import { isHttpUrl, SourceInput, StanceRadios } from "./source-inputs";
import type { ClaimCommands } from "./use-claim-commands";

/** Cite a new source by URL. Checked here for quick feedback; the server's 422 field errors have the last word. */
export function AddSourceForm({ claimId, commands, onDone }: { claimId: string; commands: ClaimCommands; onDone: () => void }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (name: string) => `add-source-${name}-${claimId}`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "").trim();
    const local: Record<string, string> = {};
    if (!isHttpUrl(value("url"))) local.url = "Enter a full web address starting with http:// or https://.";
    if (!value("title")) local.title = "Give the source a title.";
    if (value("archiveUrl") && !isHttpUrl(value("archiveUrl"))) local.archiveUrl = "The archive link must start with http:// or https://.";
    setErrors(local);
    setMessage(null);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    const result = await commands.linkSource(claimId, {
      url: value("url"),
      title: value("title"),
      publisher: value("publisher"),
      excerpt: value("excerpt"),
      accessedAt: value("accessedAt"),
      archiveUrl: value("archiveUrl"),
      stance: (value("stance") || "supports") as Stance,
    });
    setPending(false);
    if (result.ok) {
      form.reset();
      onDone();
      return;
    }
    setErrors(result.fields ?? {});
    setMessage(result.message);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2.5 rounded-md border border-slate-200 bg-stone-50 p-3" aria-label="Add a source">
      {message && <p role="alert" className="alert-error text-xs">{message}</p>}
      <SourceInput id={id("url")} name="url" label="Source URL" type="url" placeholder="https://…" required error={errors.url} />
      <SourceInput id={id("title")} name="title" label="Title" required error={errors.title} />
      <div className="grid grid-cols-2 gap-2">
        <SourceInput id={id("publisher")} name="publisher" label="Publisher" error={errors.publisher} />
        <SourceInput id={id("accessedAt")} name="accessedAt" label="Accessed" type="date" error={errors.accessedAt} />
      </div>
      <SourceInput id={id("excerpt")} name="excerpt" label="Excerpt" multiline error={errors.excerpt} />
      <SourceInput id={id("archiveUrl")} name="archiveUrl" label="Archive URL (optional)" type="url" placeholder="https://web.archive.org/…" error={errors.archiveUrl} />
      <StanceRadios idPrefix={id("stance")} name="stance" error={errors.stance} />
      <div className="flex justify-end gap-2">
        <button type="button" className="btn btn-sm" onClick={onDone}>Cancel</button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={pending}>{pending ? "Adding…" : "Add source"}</button>
      </div>
    </form>
  );
}
