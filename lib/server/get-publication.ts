import { readTransaction } from "@/lib/data/transaction";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { findPublicationByArticle } from "@/lib/data/publications";
import { factCheckPath } from "@/lib/publish/base-url";
import { correctionChanges, publishedClaims } from "@/lib/publish/snapshot";
import type { PublicationStatusView } from "@/lib/publish/status";

export type { PublicationStatusView };
import { authorize } from "./support/authorize";
import { loadExportInput } from "@/lib/data/exports";
import { readPublicationContext } from "./support/publication-context";


/** Whether and where an article is published, and what a republish would change: for the workbench. */
export async function getPublication(actor: Actor, articleId: string): Promise<PublicationStatusView> {
  authorize(actor, "article.read");
  // One snapshot: the claims, the publication and the settings it is compared with.
  const { input, current, ctx } = await readTransaction(async (tx) => {
    const input = await loadExportInput(tx, articleId);
    if (!input) throw notFound("The article");
    const current = await findPublicationByArticle(tx, articleId);
    const ctx = await readPublicationContext(tx, current?.slug ?? "", new Date());
    return { input, current, ctx };
  });
  // Rationales are not rendered here: only ratings and Markdown text are compared.
  const claims = publishedClaims(input, { ...ctx, renderRationale: () => "" });
  return {
    published: current?.status === "published",
    status: current?.status ?? "unpublished",
    slug: current?.slug ?? null,
    url: current ? current.snapshot.baseUrl + factCheckPath(current.slug) : null,
    version: current?.version ?? 0,
    publishedAt: current?.publishedAt.toISOString() ?? null,
    pauseNote: current?.pauseNote ?? null,
    approvedClaims: claims.length,
    pendingCorrections: current ? correctionChanges(current.snapshot.claims, claims) : [],
  };
}
