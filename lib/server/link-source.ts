import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { normaliseSourceUrl } from "@/lib/domain/source-url";
import { linkSourceSchema, type LinkSourceInput } from "@/lib/validation/claim";
import type { Source } from "@/lib/generated/prisma/client";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";
import { lockedClaimError } from "./support/claim-errors";

/**
 * Links a source to a claim with a stance and the excerpt that matters for this claim. A
 * source is stored once per URL and reused by every claim that cites it; linking a source
 * that is already linked updates its stance and excerpt.
 */
export async function linkSource(actor: Actor, claimId: string, raw: LinkSourceInput): Promise<ClaimView> {
  authorize(actor, "source.link");
  const input = linkSourceSchema.parse(raw);
  return writeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: claimInclude });
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(toClaimView(claim));
    let source: Source;
    if (input.sourceId) {
      const found = await tx.source.findUnique({ where: { id: input.sourceId } });
      if (!found) throw new AppError("invalid", "That source no longer exists. Add it again by URL.", { sourceId: "Unknown source." });
      source = found;
    } else {
      const url = normaliseSourceUrl(input.url!);
      source = await tx.source.upsert({
        where: { url },
        create: {
          url,
          title: input.title!,
          publisher: input.publisher ?? null,
          author: input.author ?? null,
          publishedAt: input.publishedAt ?? null,
          accessedAt: input.accessedAt ?? null,
          archiveUrl: input.archiveUrl ?? null,
          createdById: actor.id,
        },
        update: {},
      });
    }
    const sourceId = source.id;
    const existing = claim.sources.find((s) => s.sourceId === sourceId);
    const link = await tx.claimSource.upsert({
      where: { claimId_sourceId: { claimId, sourceId } },
      create: { claimId, sourceId, stance: input.stance, excerpt: input.excerpt ?? null, createdById: actor.id },
      update: { stance: input.stance, ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}) },
    });
    const updated = await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 }, updatedById: actor.id } });
    // Compose the answer from what this transaction already holds instead of reading back.
    const sources = existing ? claim.sources.map((cs) => (cs.sourceId === sourceId ? { ...link, source } : cs)) : [...claim.sources, { ...link, source }];
    const view = toClaimView({ ...claim, ...updated, updatedBy: { id: actor.id, name: actor.name }, sources });
    const linked = view.sources.find((s) => s.sourceId === sourceId);
    await appendEvent(tx, actor, {
      type: existing ? "source.relinked" : "source.linked",
      targetType: "source",
      targetId: sourceId,
      articleId: claim.articleId,
      claimId,
      before: existing ? { stance: existing.stance, excerpt: existing.excerpt } : undefined,
      after: { source: linked, version: view.version },
    });
    return view;
  });
}
