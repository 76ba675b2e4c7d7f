"use client";
import { useEffect, useState } from "react";
import { api } from "@/app/_components/api-client";

/**
 * A rationale's Markdown as the server renders it (POST /api/markdown/preview, the same
 * renderer as every export). The browser ships no Markdown parser or sanitiser: the HTML
 * it injects here is only ever that server answer. Answers are cached per text, and a
 * preview being typed is asked for after a short pause.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200;

function remember(markdown: string, html: string): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, html);
}

function useServerMarkdown(markdown: string, delayMs: number): { html: string; failed: boolean } {
  const [state, setState] = useState<{ source: string; html: string; failed: boolean }>(() => ({ source: markdown, html: cache.get(markdown) ?? "", failed: false }));
  useEffect(() => {
    if (!markdown.trim()) return;
    const cached = cache.get(markdown);
    if (cached !== undefined) {
      setState({ source: markdown, html: cached, failed: false });
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const res = await api<{ html: string }>("/api/markdown/preview", { method: "POST", body: { markdown }, signal: abort.signal });
      if (abort.signal.aborted) return;
      if (res.ok) remember(markdown, res.data.html);
      setState((prev) => (res.ok ? { source: markdown, html: res.data.html, failed: false } : { ...prev, failed: true }));
    }, delayMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [markdown, delayMs]);
  if (!markdown.trim()) return { html: "", failed: false };
  return { html: state.html, failed: state.failed };
}

export function RationaleView({ markdown, className = "", live = false }: { markdown: string; className?: string; live?: boolean }) {
  const { html, failed } = useServerMarkdown(markdown, live ? 250 : 0);
  if (!markdown.trim()) return <p className={`text-sm italic text-slate-600 ${className}`}>No rationale yet.</p>;
  if (!html) {
    // Until the server answers (or if it cannot), the text itself is shown, never as HTML.
    return <p className={`wb-rationale whitespace-pre-wrap text-sm ${className}`}>{markdown}{failed ? " (preview unavailable)" : ""}</p>;
  }
  return <div className={`wb-rationale text-sm ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
