import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { normaliseSourceUrl } from "@/lib/domain/source-url";
import { linkSourceSchema, type LinkSourceInput } from "@/lib/validation/claim";
import { parseInput } from "@/lib/validation/parse-once";
import { changeClaim, findClaim, findOrCreateSource, findSource, upsertSourceLink, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { hotWriteTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";
import { lockedClaimError } from "./support/claim-errors";

/**
 * Links a source to a claim with a stance and the excerpt that matters for this claim. A
 * source is stored once per URL and reused by every claim that cites it; linking a source
 * that is already linked updates its stance and excerpt.
 */
export async function linkSource(actor: Actor, claimId: string, raw: LinkSourceInput): Promise<ClaimView> {
  authorize(actor, "source.link");
  const input = parseInput(linkSourceSchema, raw);
  return hotWriteTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(claim);
    let sourceId: string;
    if (input.sourceId) {
      const found = await findSource(tx, input.sourceId);
      if (!found) throw new AppError("invalid", "That source no longer exists. Add it again by URL.", { sourceId: "Unknown source." });
      sourceId = found.id;
    } else {
      const source = await findOrCreateSource(tx, actor, normaliseSourceUrl(input.url!), {
        title: input.title!,
        publisher: input.publisher ?? null,
        author: input.author ?? null,
        publishedAt: input.publishedAt ?? null,
        accessedAt: input.accessedAt ?? null,
        archiveUrl: input.archiveUrl ?? null,
      });
      sourceId = source.id;
    }
    const existing = claim.sources.find((s) => s.sourceId === sourceId);
    const sources = await upsertSourceLink(tx, actor, claim, sourceId, { stance: input.stance, excerpt: input.excerpt });
    // Compose the answer from what this transaction already holds instead of reading back.
    const view = await changeClaim(tx, actor, claim, {}, { sources });
    const linked = view.sources.find((s) => s.sourceId === sourceId)!;
    if (existing) {
      await appendEvent(tx, actor, {
        type: "source.relinked", targetType: "source", targetId: sourceId, articleId: claim.articleId, claimId,
        before: { stance: existing.stance, excerpt: existing.excerpt }, after: { source: linked, version: view.version },
      });
    } else {
      await appendEvent(tx, actor, { type: "source.linked", targetType: "source", targetId: sourceId, articleId: claim.articleId, claimId, after: { source: linked, version: view.version } });
    }
    return view;
  });
}
