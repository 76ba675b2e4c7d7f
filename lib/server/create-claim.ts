import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { createClaimSchema, type CreateClaimInput } from "@/lib/validation/claim";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { toClaimView, type ClaimView } from "./support/claim-view";
import { resolveNewAnchor } from "./support/resolve-new-anchor";
import { assertVerdictInScale } from "./support/rating-scale";

/** An editor marks a span of an article as a claim. The article document is not touched. */
export async function createClaim(actor: Actor, articleId: string, raw: CreateClaimInput): Promise<ClaimView> {
  authorize(actor, "claim.create");
  const input = createClaimSchema.parse(raw);
  await assertVerdictInScale(db, input.verdict);
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, text: true } });
  if (!article) throw notFound("The article");
  const anchor = resolveNewAnchor(article.text, input);
  return writeTransaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        articleId,
        ...anchor,
        claimant: input.claimant ?? null,
        normalized: input.normalized ?? null,
        verdict: input.verdict ?? "unchecked",
        verdictSetById: input.verdict && input.verdict !== "unchecked" ? actor.id : null,
        rationale: input.rationale ?? "",
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    // A new claim's relations are known without reading them back: the actor made it, and
    // it has no sources, comments, assignee or approval yet.
    const me = { id: actor.id, name: actor.name };
    const view = toClaimView({
      ...claim,
      createdBy: me,
      updatedBy: me,
      verdictSetBy: claim.verdictSetById ? me : null,
      assignee: null,
      approvedBy: null,
      sources: [],
      _count: { comments: 0 },
    });
    await appendEvent(tx, actor, { type: "claim.created", targetType: "claim", targetId: claim.id, articleId, claimId: claim.id, after: view });
    return view;
  });
}
