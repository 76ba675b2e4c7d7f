import { requirePageActor } from "@/lib/auth/page-actor";
import { getArticle } from "@/lib/server/get-article";
import { Harness } from "./harness";

export const dynamic = "force-dynamic";

export default async function Preview({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/revisions/preview-tmp`);
  const { article, claims } = await getArticle(actor, id);
  return <Harness articleId={id} version={article.version} claims={claims} />;
}
