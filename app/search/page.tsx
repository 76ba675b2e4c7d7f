import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { searchAll } from "@/lib/server/search-all";
import { SEARCH_KINDS, SEARCH_QUERY_MAX, type SearchKind } from "@/lib/validation/search";
import { Forbidden } from "../_components/forbidden";
import { pageCall } from "../_components/page-call";
import { SearchResultGroups } from "./results";

export const metadata: Metadata = { title: "Search" };
export const dynamic = "force-dynamic";

type Query = { q?: string | string[]; kind?: string; limit?: string };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Query> }) {
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q ?? "").slice(0, SEARCH_QUERY_MAX);
  const kind = SEARCH_KINDS.includes(params.kind as SearchKind) ? (params.kind as SearchKind) : undefined;
  const limit = kind ? 50 : 10;
  const actor = await requirePageActor(`/search${q ? `?q=${encodeURIComponent(q)}` : ""}`);
  const result = await pageCall(() => searchAll(actor, { q, kind, limit }));
  if (!result.ok) return <Forbidden message={result.message} />;
  const results = result.value;
  const total = results.articles.items.length + results.claims.items.length + results.sources.items.length + results.comments.items.length;

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <h1 className="text-2xl font-semibold">Search</h1>
      <form method="get" role="search" className="flex gap-2" aria-label="Search Factdesk">
        <label htmlFor="search-q" className="sr-only">Search articles, claims, sources and comments</label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={SEARCH_QUERY_MAX} className="input" placeholder="Words from an article, a claim, a source or a comment" autoFocus />
        <button type="submit" className="btn btn-primary">Search</button>
      </form>
      {kind && <p className="text-sm text-slate-600">Showing {kind} only. <a href={`/search?q=${encodeURIComponent(q)}`} className="text-blue-700 underline">Show all kinds</a></p>}
      {q.trim() !== "" && !results.searched && <p className="alert-info">Type at least one word or number to search for.</p>}
      {results.searched && total === 0 && <p className="card p-4 text-slate-700" role="status">Nothing matches “{q}”. Try fewer or different words.</p>}
      {results.searched && total > 0 && (
        <>
          <p className="sr-only" role="status">{total} results for “{q}”.</p>
          <SearchResultGroups results={results} />
        </>
      )}
    </div>
  );
}
