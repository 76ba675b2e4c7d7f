import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { createClaimSchema, type CreateClaimInput } from "@/lib/validation/claim";
import { parseInput } from "@/lib/validation/parse-once";
import { findArticleText } from "@/lib/data/articles";
import { insertClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { hotWriteTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";
import { assertVerdictInScale } from "./support/rating-scale";
import { resolveNewAnchor } from "./support/resolve-new-anchor";

/**
 * An editor marks a span of an article as a claim. The article document is not touched.
 * The anchor is resolved inside the transaction that writes the claim, on the text it commits
 * with: a revision saved meanwhile either moved the words (the claim lands on them) or
 * removed them (400, select again); a claim is never stored on words that are not there.
 */
export async function createClaim(actor: Actor, articleId: string, raw: CreateClaimInput): Promise<ClaimView> {
  authorize(actor, "claim.create");
  const input = parseInput(createClaimSchema, raw);
  return hotWriteTransaction(async (tx) => {
    const article = await findArticleText(tx, articleId);
    if (!article) throw notFound("The article");
    const anchor = resolveNewAnchor(article.text, input);
    await assertVerdictInScale(tx, input.verdict);
    const view = await insertClaim(tx, actor, articleId, {
      ...anchor,
      claimant: input.claimant ?? null,
      normalized: input.normalized ?? null,
      verdict: input.verdict ?? "unchecked",
      rationale: input.rationale ?? "",
    });
    await appendEvent(tx, actor, { type: "claim.created", targetType: "claim", targetId: view.id, articleId, claimId: view.id, after: view });
    return view;
  });
}
