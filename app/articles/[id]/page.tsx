import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { getArticle } from "@/lib/server/get-article";
import { Forbidden } from "../../_components/forbidden";
import { pageCall } from "../../_components/page-call";
import { Workbench } from "./_workbench/workbench";

export const metadata: Metadata = { title: "Article" };
export const dynamic = "force-dynamic";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}`);
  const result = await pageCall(() => getArticle(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { article, claims } = result.value;
  return (
    <Workbench
      article={{
        id: article.id,
        title: article.title,
        publisher: article.publisher,
        byline: article.byline,
        url: article.url,
        publishedAt: article.publishedAt,
        doc: article.doc,
        text: article.text,
        version: article.version,
        revisionNumber: article.revisionNumber,
      }}
      claims={claims}
      actor={{ id: actor.id, name: actor.name, role: actor.role }}
      can={{
        createClaim: can(actor, "claim.create"),
        updateClaim: can(actor, "claim.update"),
        deleteClaim: can(actor, "claim.delete"),
        linkSource: can(actor, "source.link"),
      }}
    />
  );
}
