import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { listArticles } from "@/lib/server/list-articles";
import { ProgressBar } from "../_components/progress-bar";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const actor = await requirePageActor("/articles");
  const articles = await listArticles(actor);
  return (
    <div>
      <div className="mb-5 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        {can(actor, "article.create") && (
          <div className="flex items-center gap-2">
            <Link href="/articles/import" className="btn">Import</Link>
            <Link href="/articles/new" className="btn btn-primary">New article</Link>
          </div>
        )}
      </div>
      {articles.length === 0 ? (
        <p className="card p-6 text-slate-600">No articles yet.{can(actor, "article.create") ? " Add one with “New article”." : ""}</p>
      ) : (
        <ul className="card divide-y divide-slate-100" aria-label="Articles">
          {articles.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-4 px-4 py-3">
              <div className="min-w-0 flex-1">
                <Link href={`/articles/${a.id}`} className="font-medium text-slate-900 hover:underline">{a.title}</Link>
                <div className="text-sm text-slate-600">
                  {[a.publisher, a.publishedAt].filter(Boolean).join(" · ") || "No publisher or date"}
                </div>
              </div>
              <div className="text-sm text-slate-600 tabular-nums" data-testid="claim-counts">
                {a.claimCount} claim{a.claimCount === 1 ? "" : "s"}, {a.checkedCount} checked
              </div>
              <ProgressBar done={a.approvedCount} total={a.claimCount} label={`Review progress for ${a.title}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
