"use client";
import { useEffect, useState } from "react";
import type { Stance } from "@/lib/domain/enums";
import type { ArticleSourceView } from "@/lib/server/list-article-sources";
import { api } from "../../../_components/api-client";
import { SourceInput, StanceRadios } from "./source-inputs";
import type { ClaimCommands } from "./use-claim-commands";

/** Link a source already cited elsewhere in this article, found by title, URL or publisher. */
export function ReuseSourceForm(props: { articleId: string; claimId: string; linkedIds: ReadonlySet<string>; commands: ClaimCommands; onDone: () => void }) {
  const { articleId, claimId, linkedIds, commands, onDone } = props;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ArticleSourceView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (name: string) => `reuse-source-${name}-${claimId}`;

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const res = await api<{ sources: ArticleSourceView[] }>(`/api/articles/${articleId}/sources?q=${encodeURIComponent(query.trim())}`, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (res.ok) {
        setResults(res.data.sources);
        setLoadError(null);
      } else setLoadError(res.error.message);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [articleId, query]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return setMessage("Choose a source from the list first.");
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await commands.linkSource(claimId, { sourceId: chosen, stance: String(data.get("stance") ?? "supports") as Stance, excerpt: String(data.get("excerpt") ?? "").trim() });
    setPending(false);
    if (result.ok) return onDone();
    setMessage(result.message);
  }

  const available = results?.filter((s) => !linkedIds.has(s.id)) ?? [];
  return (
    <form onSubmit={onSubmit} className="space-y-2.5 rounded-md border border-slate-200 bg-stone-50 p-3" aria-label="Reuse a source from this article">
      {message && <p role="alert" className="alert-error text-xs">{message}</p>}
      <div>
        <label htmlFor={id("q")} className="label text-xs">Search this article’s sources</label>
        <input id={id("q")} type="search" className="input" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title, publisher or address" />
      </div>
      {loadError && <p className="field-error text-xs">{loadError}</p>}
      <fieldset>
        <legend className="sr-only">Sources</legend>
        {results === null ? (
          <p className="text-xs text-slate-600">Loading…</p>
        ) : available.length === 0 ? (
          <p className="text-xs text-slate-600">{query ? "No other source of this article matches." : "No other sources are cited in this article yet."}</p>
        ) : (
          <ul className="max-h-48 space-y-1 overflow-y-auto">
            {available.map((s) => (
              <li key={s.id}>
                <label className={`flex w-full cursor-pointer items-start gap-2 overflow-hidden rounded-md border px-2 py-1.5 text-sm ${chosen === s.id ? "border-blue-700 bg-blue-50" : "border-slate-200 bg-white"}`}>
                  <input type="radio" name="sourceId" value={s.id} checked={chosen === s.id} onChange={() => setChosen(s.id)} className="mt-1 accent-blue-700" />
                  <span className="min-w-0 flex-1">
                    <span className="block break-words font-medium">{s.title}</span>
                    <span className="block truncate text-xs text-slate-600">
                      {[s.publisher, hostOf(s.url)].filter(Boolean).join(" · ")} · cited by {s.claimCount} {s.claimCount === 1 ? "claim" : "claims"}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <StanceRadios idPrefix={id("stance")} name="stance" />
      <SourceInput id={id("excerpt")} name="excerpt" label="Excerpt for this claim" multiline />
      <div className="flex justify-end gap-2">
        <button type="button" className="btn btn-sm" onClick={onDone}>Cancel</button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={pending || !chosen}>{pending ? "Linking…" : "Link source"}</button>
      </div>
    </form>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
