import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listArticleActivity } from "@/lib/server/list-article-activity";
import { Forbidden } from "../../../_components/forbidden";
import { pageCall } from "../../../_components/page-call";
import { ActivityFeed } from "./activity-feed";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/activity`);
  const result = await pageCall(() => listArticleActivity(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { article, events, nextBefore, latestId } = result.value;
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/articles/${encodeURIComponent(article.id)}`} className="text-blue-700 hover:underline">← {article.title}</Link>
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">Activity</h1>
      <p className="mb-5 text-slate-600">Every change to this article’s claims, sources and discussion, newest first. New changes appear as they happen.</p>
      <ActivityFeed articleId={article.id} currentUserId={actor.id} initialEvents={events} initialNextBefore={nextBefore} latestId={latestId} />
    </div>
  );
}
