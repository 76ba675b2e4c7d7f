import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getArticle } from "@/lib/server/get-article";
import { Forbidden } from "../../_components/forbidden";
import { pageCall } from "../../_components/page-call";

export const metadata: Metadata = { title: "Article" };
export const dynamic = "force-dynamic";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}`);
  const result = await pageCall(() => getArticle(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { article, claims } = result.value;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_320px]">
      <article className="card p-6">
        <h1 className="mb-2 text-2xl font-semibold">{article.title}</h1>
        <p className="mb-6 text-sm text-slate-600">{[article.byline, article.publisher, article.publishedAt].filter(Boolean).join(" · ")}</p>
        <div className="article-text">
          {article.text.split("\n").map((p, i) => <p key={i}>{p}</p>)}
        </div>
      </article>
      <aside className="card p-4" aria-label="Claims">
        <h2 className="mb-3 font-semibold">Claims ({claims.length})</h2>
        <ol className="space-y-2 text-sm">
          {claims.map((c) => <li key={c.id}>“{c.exact}” — {c.verdict}</li>)}
        </ol>
      </aside>
    </div>
  );
}
