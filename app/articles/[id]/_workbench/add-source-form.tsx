"use client";
import { useRef, useState } from "react";
import type { Stance } from "@/lib/domain/enums";
import { normaliseSourceUrl } from "@/lib/domain/source-url";
import { FetchProgress } from "../../../_components/web/fetch-progress";
import { useWebFetch } from "../../../_components/web/use-web-fetch";
import type { SourceDescription } from "@/lib/web/describe";
import { isHttpUrl, SourceInput, StanceRadios } from "./source-inputs";
import type { ClaimCommands } from "./use-claim-commands";

const DESCRIBED_FIELDS = ["title", "publisher", "author", "publishedAt"] as const;

/**
 * Cite a new source by URL. Pasting the link fills in title, publisher, author and date from
 * the page (editable before saving); once linked, the parent archives it. Checked here for
 * quick feedback; the server's 422 field errors have the last word.
 */
export function AddSourceForm({ claimId, commands, onDone, onLinked }: { claimId: string; commands: ClaimCommands; onDone: () => void; onLinked?: (sourceId: string) => void }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [described, setDescribed] = useState<string | null>(null);
  const fetcher = useWebFetch();
  const formRef = useRef<HTMLFormElement>(null);
  const lastDescribed = useRef("");
  // Values this form filled in itself: a later description may replace them, never the editor's own typing.
  const filled = useRef(new Map<string, string>());
  const id = (name: string) => `add-source-${name}-${claimId}`;

  async function describe(url: string) {
    if (!isHttpUrl(url) || url === lastDescribed.current) return;
    lastDescribed.current = url;
    setDescribed(null);
    const result = await fetcher.run<{ source: SourceDescription }>("/api/web/describe", { url });
    const form = formRef.current;
    if (!result || !form) return;
    if (!result.ok) {
      setDescribed(`Could not fill in the details: ${result.error.message} Type them in instead.`);
      return;
    }
    const found = result.data.source;
    const names: string[] = [];
    for (const name of [...DESCRIBED_FIELDS, "accessedAt"] as const) {
      const input = form.elements.namedItem(name) as HTMLInputElement | null;
      const value = name === "accessedAt" ? new Date().toISOString().slice(0, 10) : found[name];
      if (!input || !value) continue;
      if (input.value.trim() !== "" && filled.current.get(name) !== input.value) continue;
      input.value = value;
      filled.current.set(name, value);
      if (name !== "accessedAt") names.push(name === "publishedAt" ? "date" : name);
    }
    const pages = found.pageCount ? ` PDF, ${found.pageCount} page${found.pageCount === 1 ? "" : "s"}.` : "";
    setDescribed(names.length ? `Filled in ${names.join(", ")} from the page.${pages} Check them before adding.` : `The page did not describe itself; type the details in.${pages}`);
  }

  function onUrlEvent(event: React.SyntheticEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (target.name !== "url") return;
    // A paste lands in the input after the event; read it on the next tick.
    setTimeout(() => void describe(target.value.trim()), 0);
  }

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
      author: value("author"),
      publishedAt: value("publishedAt"),
      excerpt: value("excerpt"),
      accessedAt: value("accessedAt"),
      archiveUrl: value("archiveUrl"),
      stance: (value("stance") || "supports") as Stance,
    });
    setPending(false);
    if (result.ok) {
      const url = normaliseSourceUrl(value("url"));
      const linked = result.claim.sources.find((s) => s.url === url);
      if (linked) onLinked?.(linked.sourceId);
      form.reset();
      onDone();
      return;
    }
    setErrors(result.fields ?? {});
    setMessage(result.message);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} onBlur={onUrlEvent} onPaste={onUrlEvent} noValidate className="space-y-2.5 rounded-md border border-slate-200 bg-stone-50 p-3" aria-label="Add a source">
      {message && <p role="alert" className="alert-error text-xs">{message}</p>}
      <SourceInput id={id("url")} name="url" label="Source URL" type="url" placeholder="https://…" required error={errors.url} />
      {fetcher.busy && <FetchProgress label="Reading the page" elapsed={fetcher.elapsed} onCancel={fetcher.cancel} small />}
      {described && !fetcher.busy && <p role="status" className="text-xs text-slate-600" data-testid="source-described">{described}</p>}
      <SourceInput id={id("title")} name="title" label="Title" required error={errors.title} />
      <div className="grid grid-cols-2 gap-2">
        <SourceInput id={id("publisher")} name="publisher" label="Publisher" error={errors.publisher} />
        <SourceInput id={id("author")} name="author" label="Author" error={errors.author} />
        <SourceInput id={id("publishedAt")} name="publishedAt" label="Published" type="date" error={errors.publishedAt} />
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
