"use client";
import { useEffect, useRef, useState } from "react";
import type { Stance } from "@/lib/domain/enums";
import type { ArticleSourceView } from "@/lib/contracts/articles";
import { api } from "../../../_components/api-client";
import { joinPresent } from "../../../_components/meta-line";
import { SourceInput, StanceRadios } from "./source-inputs";
import type { ClaimCommands } from "./use-claim-commands";

/**
 * Link a source already cited elsewhere in this article, found by title, URL or publisher.
 * Opening it brings it into view (it opens at the foot of a long panel) with the search box
 * focused; ↓ from the search box moves to the list, ↑/↓ choose, Enter links the chosen
 * source, Escape closes.
 */
export function ReuseSourceForm(props: { articleId: string; claimId: string; linkedIds: ReadonlySet<string>; commands: ClaimCommands; onDone: () => void }) {
  const { articleId, claimId, linkedIds, commands, onDone } = props;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ArticleSourceView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (name: string) => `reuse-source-${name}-${claimId}`;
  const formRef = useRef<HTMLFormElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // In view on opening, and again once the list has loaded (it makes the form taller).
  const loaded = results !== null;
  useEffect(() => {
    searchRef.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: "nearest" });
  }, [loaded]);

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
    const data = new FormData(event.currentTarget);
    const picked = chosen ?? (data.get("sourceId") as string | null);
    if (!picked) return setMessage("Choose a source from the list first.");
    setPending(true);
    const result = await commands.linkSource(claimId, { sourceId: picked, stance: String(data.get("stance") ?? "supports") as Stance, excerpt: String(data.get("excerpt") ?? "").trim() });
    setPending(false);
    if (result.ok) return onDone();
    setMessage(result.message);
  }

  const available = results?.filter((s) => !linkedIds.has(s.id)) ?? [];

  function focusOption(sourceId: string) {
    setChosen(sourceId);
    formRef.current?.querySelector<HTMLInputElement>(`input[name="sourceId"][value="${CSS.escape(sourceId)}"]`)?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation(); // Escape here closes the picker, not the claim
      return onDone();
    }
    if (target === searchRef.current && event.key === "ArrowDown" && available.length > 0) {
      event.preventDefault();
      return focusOption(chosen && available.some((s) => s.id === chosen) ? chosen : available[0].id);
    }
    if (target instanceof HTMLInputElement && target.name === "sourceId") {
      const i = available.findIndex((s) => s.id === target.value);
      if (event.key === "ArrowUp" && i === 0) {
        event.preventDefault();
        return searchRef.current?.focus();
      }
      if (event.key === "Enter") {
        event.preventDefault();
        setChosen(target.value);
        formRef.current?.requestSubmit();
      }
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} className="scroll-my-4 space-y-2.5 rounded-md border border-slate-200 bg-stone-50 p-3" aria-label="Reuse a source from this article">
      {message && <p role="alert" className="alert-error text-xs">{message}</p>}
      <div>
        <label htmlFor={id("q")} className="label text-xs">Search this article’s sources</label>
        <input ref={searchRef} id={id("q")} type="search" className="input" value={query} aria-describedby={id("keys")} onChange={(e) => setQuery(e.target.value)} placeholder="Title, publisher or address" />
      </div>
      <p id={id("keys")} className="text-xs text-slate-600">↓ to the list, ↑ ↓ to choose, Enter to link, Esc to close.</p>
      {loadError && <p className="field-error text-xs">{loadError}</p>}
      <fieldset>
        <legend className="sr-only">Sources cited in this article</legend>
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
                      {joinPresent([s.publisher, hostOf(s.url), `cited by ${s.claimCount} ${s.claimCount === 1 ? "claim" : "claims"}`])}
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
