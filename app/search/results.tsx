import Link from "next/link";
import type { ReactNode } from "react";
import { REVIEW_STATE_LABEL } from "@/lib/domain/verdicts";
import type { SearchResults } from "@/lib/contracts/search";
import type { SearchKind } from "@/lib/validation/search";
import { MetaLine } from "../_components/meta-line";
import { VerdictLabel } from "../_components/revisions/verdict-label";

/**
 * Highlighted fields from the search use case: escaped text in which only matched words
 * are wrapped in <mark> (lib/search/highlight.ts), so they are safe to insert as HTML.
 */
function Marked({ html, className }: { html: string; className?: string }) {
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

function Group({ kind, title, count, hasMore, query, children }: { kind: SearchKind; title: string; count: number; hasMore: boolean; query: string; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`results-${kind}`} className="card p-4" data-testid={`results-${kind}`}>
      <h2 id={`results-${kind}`} className="mb-3 text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-500">({count}{hasMore ? "+" : ""})</span>
      </h2>
      <ul className="divide-y divide-slate-100">{children}</ul>
      {hasMore && (
        <p className="mt-3 text-sm">
          <Link href={`/search?${new URLSearchParams({ q: query, kind, limit: "50" })}`} className="text-blue-700 underline">Show more {title.toLowerCase()}</Link>
        </p>
      )}
    </section>
  );
}

export function SearchResultGroups({ results }: { results: SearchResults }) {
  const { articles, claims, sources, comments, query } = results;
  return (
    <div className="space-y-4 [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-slate-900">
      <Group kind="claims" title="Claims" count={claims.items.length} hasMore={claims.hasMore} query={query}>
        {claims.items.map((c) => (
          <li key={c.id} className="py-2">
            <Link href={c.href} className="font-medium text-slate-900 hover:underline">“<Marked html={c.exactHtml} />”</Link>
            <MetaLine className="mt-1 block text-xs text-slate-600" items={[<VerdictLabel key="v" verdict={c.verdict} />, REVIEW_STATE_LABEL[c.reviewState], c.articleTitle && `in ${c.articleTitle}`]} />
            {c.normalizedHtml && <p className="mt-1 text-sm text-slate-700">Claim: <Marked html={c.normalizedHtml} /></p>}
            {c.claimantHtml && <p className="mt-1 text-sm text-slate-700">Claimant: <Marked html={c.claimantHtml} /></p>}
            {c.rationaleHtml && <p className="mt-1 text-sm text-slate-600">Rationale: <Marked html={c.rationaleHtml} /></p>}
          </li>
        ))}
      </Group>
      <Group kind="articles" title="Articles" count={articles.items.length} hasMore={articles.hasMore} query={query}>
        {articles.items.map((a) => (
          <li key={a.id} className="py-2">
            <Link href={a.href} className="font-medium text-slate-900 hover:underline"><Marked html={a.titleHtml} /></Link>
            {a.snippetHtml && <p className="mt-1 font-serif text-sm text-slate-700"><Marked html={a.snippetHtml} /></p>}
          </li>
        ))}
      </Group>
      <Group kind="sources" title="Sources" count={sources.items.length} hasMore={sources.hasMore} query={query}>
        {sources.items.map((s) => (
          <li key={s.id} className="py-2">
            <p className="font-medium text-slate-900"><Marked html={s.titleHtml} />{s.publisherHtml && <span className="font-normal text-slate-600"> — <Marked html={s.publisherHtml} /></span>}</p>
            <p className="break-all text-xs text-slate-600"><Marked html={s.urlHtml} /></p>
            <p className="mt-1 text-xs text-slate-600">Cited by:</p>
            <ul className="ml-4 list-disc text-sm">
              {s.claims.map((c) => (
                <li key={c.id}><Link href={c.href} className="text-blue-700 underline">“{c.exact.length > 120 ? c.exact.slice(0, 119) + "…" : c.exact}”</Link></li>
              ))}
            </ul>
          </li>
        ))}
      </Group>
      <Group kind="comments" title="Comments" count={comments.items.length} hasMore={comments.hasMore} query={query}>
        {comments.items.map((m) => (
          <li key={m.id} className="py-2">
            <p className="text-sm text-slate-800"><Marked html={m.bodyHtml} /></p>
            <p className="mt-1 text-xs text-slate-600">
              {m.author} on <Link href={m.href} className="text-blue-700 underline">“{m.claimExact.length > 80 ? m.claimExact.slice(0, 79) + "…" : m.claimExact}”</Link> in {m.articleTitle}
            </p>
          </li>
        ))}
      </Group>
    </div>
  );
}
