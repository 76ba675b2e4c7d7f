import { formatDate, httpHref } from "./format";
import type { WorkbenchArticle } from "./types";

/**
 * The article's title row. The actions group on the right is where the Export menu and
 * the presence avatars of other people on this article belong; it already holds the
 * shortcuts button, so they only need to be added to it.
 */
export function WorkbenchHeader({ article, onShowShortcuts }: { article: WorkbenchArticle; onShowShortcuts: () => void }) {
  const original = httpHref(article.url);
  const details = [article.byline, article.publisher, article.publishedAt && formatDate(article.publishedAt)].filter(Boolean).join(" · ");
  return (
    <header className="mb-5 flex flex-wrap items-start gap-x-6 gap-y-3">
      <div className="min-w-0 flex-1">
        <h1 className="font-serif text-2xl font-semibold leading-tight text-slate-900">{article.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {details}
          {original && (
            <>
              {details && " · "}
              <a href={original} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
                Original article<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </>
          )}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-2" data-slot="article-actions">
        <button type="button" className="btn btn-sm" onClick={onShowShortcuts} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
      </div>
    </header>
  );
}
