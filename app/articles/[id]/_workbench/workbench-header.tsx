import Link from "next/link";
import type { ReactNode } from "react";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { joinPresent } from "../../../_components/meta-line";
import { formatDate } from "./format";
import type { WorkbenchArticle } from "./types";

/**
 * The article's title row: who else is here (presence), links to the article's other
 * pages, and the actions group (`data-slot="article-actions"`) with Export, the new-version
 * upload and the shortcuts button.
 */
export function WorkbenchHeader({ article, onShowShortcuts, presence, actions }: { article: WorkbenchArticle; onShowShortcuts: () => void; presence?: ReactNode; actions?: ReactNode }) {
  const base = `/articles/${encodeURIComponent(article.id)}`;
  const original = safeLinkHref(article.url);
  const details = joinPresent([article.byline, article.publisher, article.publishedAt && formatDate(article.publishedAt)]);
  return (
    <header className="mb-5 flex flex-wrap items-start gap-x-6 gap-y-3">
      <div className="min-w-0 flex-1">
        <h1 className="font-serif text-2xl font-semibold leading-tight text-slate-900">{article.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {details}
          {original && (
            <>
              {details && "\u00a0· "}
              <a href={original} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
                Original article<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </>
          )}
        </p>
        <nav aria-label="This article" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`${base}/dashboard`} className="text-blue-800 underline">Dashboard</Link>
          <Link href={`${base}/activity`} className="text-blue-800 underline">Activity</Link>
          <Link href={`${base}/revisions`} className="text-blue-800 underline">
            Revisions<span className="sr-only"> (now revision {article.revisionNumber})</span>
          </Link>
        </nav>
      </div>
      {presence}
      <div className="flex max-w-full flex-wrap items-center gap-2" data-slot="article-actions">
        {actions}
        <button type="button" className="btn btn-sm" onClick={onShowShortcuts} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
      </div>
    </header>
  );
}
