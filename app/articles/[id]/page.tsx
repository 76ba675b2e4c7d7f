import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { getArticle } from "@/lib/server/get-article";
import { getArticleEventCursor } from "@/lib/server/get-article-event-cursor";
import { getReviewPolicy } from "@/lib/server/get-review-policy";
import { Forbidden } from "../../_components/forbidden";
import { pageCall } from "../../_components/page-call";
import { Workbench } from "./_workbench/workbench";
import { toWorkbenchArticle } from "./_workbench/types";

export const metadata: Metadata = { title: "Article" };
export const dynamic = "force-dynamic";

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string | string[] }> }) {
  const { id } = await params;
  const { claim } = await searchParams;
  const actor = await requirePageActor(`/articles/${id}`);
  // The cursor is read first: an event committed between the two reads is then replayed
  // by the live feed rather than missed (the reducer ignores what it already holds).
  const cursor = await pageCall(() => getArticleEventCursor(actor, id));
  const result = await pageCall(() => getArticle(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { article, claims } = result.value;
  const policy = await pageCall(() => getReviewPolicy(actor));
  return (
    <Workbench
      article={toWorkbenchArticle(article)}
      claims={claims}
      actor={{ id: actor.id, name: actor.name, role: actor.role }}
      cursor={cursor.ok ? cursor.value : null}
      initialClaimId={typeof claim === "string" ? claim : null}
      can={{
        createClaim: can(actor, "claim.create"),
        updateClaim: can(actor, "claim.update"),
        deleteClaim: can(actor, "claim.delete"),
        linkSource: can(actor, "source.link"),
        updateArticle: can(actor, "article.update"),
        approveOwnVerdict: policy.ok ? !policy.value.fourEyes : false,
      }}
    />
  );
}
