import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { planClaimUpdate, type ClaimFieldValues } from "@/lib/domain/claim-merge";
import { updateClaimSchema, type UpdateClaimInput } from "@/lib/validation/claim";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { articleTextOf } from "@/lib/data/articles";
import { changeClaim, findClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { insertNotifications } from "@/lib/data/notifications";
import { hotWriteTransaction } from "@/lib/data/transaction";
import { findUser } from "@/lib/data/users";
import { shorten } from "@/lib/domain/notifications";
import { resolveNewAnchor } from "./support/resolve-new-anchor";
import { staleClaimError, lockedClaimError } from "./support/claim-errors";
import { assertVerdictInScale } from "./support/rating-scale";

/**
 * Edits a claim's fields and/or span. Stale versions are merged at field level when safe
 * (see lib/domain/claim-merge) or refused with 409 and the current claim. The version check
 * and the write happen in one transaction, so of N concurrent writers from one version
 * exactly one wins unless their changes can be merged.
 */
export async function updateClaim(actor: Actor, claimId: string, raw: UpdateClaimInput): Promise<{ claim: ClaimView; rebased: boolean; mergedWith: string | null }> {
  authorize(actor, "claim.update");
  const input = parseInput(updateClaimSchema, raw);
  if (input.assigneeId !== undefined) authorize(actor, "claim.assign");
  return hotWriteTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(claim);
    if (input.verdict !== claim.verdict) await assertVerdictInScale(tx, input.verdict);
    let newAssignee: { id: string; name: string } | null = null;
    if (input.assigneeId) {
      const assignee = await findUser(tx, input.assigneeId);
      if (!assignee || !assignee.active || assignee.role === "viewer") throw new AppError("invalid", "Claims can only be assigned to an active editor, reviewer or admin.", { assigneeId: "Pick an editor." });
      newAssignee = { id: assignee.id, name: assignee.name };
    }
    const current: ClaimFieldValues & { version: number } = {
      claimant: claim.claimant, normalized: claim.normalized, verdict: claim.verdict, rationale: claim.rationale, assigneeId: claim.assignee?.id ?? null, version: claim.version,
    };
    const plan = planClaimUpdate({
      current,
      patch: { claimant: input.claimant, normalized: input.normalized, verdict: input.verdict, rationale: input.rationale, assigneeId: input.assigneeId },
      version: input.version,
      base: input.base,
    });
    const span = input.span ? resolveNewAnchor(await articleTextOf(tx, claim.articleId), input.span) : null;
    const spanChanged = !!span && (span.start !== claim.start || span.end !== claim.end);
    if (plan.kind === "conflict" || (spanChanged && input.version !== claim.version)) {
      throw await staleClaimError(tx, claim, input.version, plan.kind === "conflict" ? plan.fields : ["span"]);
    }
    const changes = plan.changes;
    if (Object.keys(changes).length === 0 && !spanChanged) return { claim, rebased: false, mergedWith: null };
    // The relations are the ones read above, except those this write changed: no read-back.
    const view = await changeClaim(
      tx,
      actor,
      claim,
      {
        claimant: changes.claimant,
        normalized: changes.normalized,
        rationale: changes.rationale ?? undefined,
        assigneeId: changes.assigneeId,
        ...(changes.verdict ? { verdict: changes.verdict } : {}),
        ...(spanChanged && span ? { anchor: span } : {}),
      },
      changes.assigneeId !== undefined ? { assignee: newAssignee } : {},
    );
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(changes) as (keyof ClaimFieldValues)[]) before[key] = current[key];
    const after: Record<string, unknown> = { ...changes };
    if (spanChanged && span) {
      Object.assign(before, { exact: claim.exact, start: claim.start, end: claim.end, prefix: claim.prefix, suffix: claim.suffix });
      Object.assign(after, span);
    }
    const eventId = await appendEvent(tx, actor, {
      type: spanChanged && Object.keys(changes).length === 0 ? "claim.span_moved" : "claim.updated",
      targetType: "claim",
      targetId: claimId,
      articleId: claim.articleId,
      claimId,
      before,
      after: { ...after, version: view.version, updatedAt: view.updatedAt, updatedBy: view.updatedBy, verdictSetBy: view.verdictSetBy, assignee: view.assignee },
      note: plan.rebased ? "Merged with a concurrent edit to other fields" : null,
    });
    if (changes.assigneeId && newAssignee) {
      await insertNotifications(tx, actor.id, eventId, [
        { userId: newAssignee.id, kind: "assigned", summary: `${actor.name} assigned a claim to you`, detail: shorten(claim.exact), articleId: claim.articleId, claimId },
      ]);
    }
    // Who made the edit this one was merged with, for "Merged with Ana's edit to other fields".
    return { claim: view, rebased: plan.rebased, mergedWith: plan.rebased ? claim.updatedBy.name : null };
  });
}

