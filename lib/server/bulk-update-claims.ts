import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import type { ReviewState, Verdict } from "@/lib/domain/enums";
import { planReview, REVIEW_EVENT_TYPE } from "@/lib/domain/review";
import { bulkClaimsSchema, type BulkClaimsInput } from "@/lib/validation/review";
import { parseInput } from "@/lib/validation/parse-once";
import { changeClaimsInBulk, findClaimsForBulk, type BulkClaimState } from "@/lib/data/claims";
import { appendEvents, type EventInput } from "@/lib/data/events";
import { insertNotifications } from "@/lib/data/notifications";
import { writeTransaction } from "@/lib/data/transaction";
import { findUser } from "@/lib/data/users";
import { shorten } from "@/lib/domain/notifications";
import { authorize } from "./support/authorize";

export interface BulkResult {
  /** Claims changed, in the order they were sent. */
  done: string[];
  /** Claims left alone, each with a reason a person can act on. */
  skipped: { id: string; reason: string }[];
}

/**
 * Assigns many claims to one editor (or unassigns them), or submits many for review, from
 * the review queue. One transaction with one event per changed claim; a claim that cannot
 * take the change (approved and locked, deleted, not ready) is reported in `skipped`
 * instead of failing the others. Writes are batched (one UPDATE, one multi-row INSERT) so
 * 500 claims cost about as much as one.
 */
export async function bulkUpdateClaims(actor: Actor, raw: BulkClaimsInput): Promise<BulkResult> {
  authorize(actor, "review.submit");
  const input = parseInput(bulkClaimsSchema, raw);
  authorize(actor, input.action === "assign" ? "claim.assign" : "review.submit");
  const ids = [...new Set(input.claimIds)];

  return writeTransaction(async (tx) => {
    let assignee: { id: string; name: string } | null = null;
    if (input.action === "assign" && input.assigneeId) {
      const user = await findUser(tx, input.assigneeId);
      if (!user || !user.active || user.role === "viewer") throw new AppError("invalid", "Claims can only be assigned to an active editor, reviewer or admin.", { assigneeId: "Pick an editor." });
      assignee = { id: user.id, name: user.name };
    }
    const claims = await findClaimsForBulk(tx, ids);
    const byId = new Map(claims.map((c) => [c.id, c]));
    const result: BulkResult = { done: [], skipped: [] };
    const changed: BulkClaimState[] = [];
    for (const id of ids) {
      const claim = byId.get(id);
      if (!claim) {
        result.skipped.push({ id, reason: "This claim no longer exists (it may have been deleted)." });
      } else if (claim.reviewState === "approved") {
        result.skipped.push({ id, reason: "This claim is approved and locked. A reviewer must reopen it first." });
      } else if (input.action === "assign" && claim.assigneeId === (assignee?.id ?? null)) {
        result.skipped.push({ id, reason: assignee ? `Already assigned to ${assignee.name}.` : "Already unassigned." });
      } else if (input.action === "submit") {
        const plan = planReview("submit", {
          reviewState: claim.reviewState as ReviewState, verdict: claim.verdict as Verdict, rationale: claim.rationale,
          sourceCount: claim.sourceCount, verdictSetById: claim.verdictSetById,
        }, { actorId: actor.id, fourEyes: true });
        if (plan.ok) changed.push(claim);
        else result.skipped.push({ id, reason: plan.message });
      } else {
        changed.push(claim);
      }
    }
    if (changed.length === 0) return result;

    const now = new Date();
    const updatedBy = { id: actor.id, name: actor.name };
    // Resubmitting clears a reviewer's send-back note, as a single submit does.
    const data =
      input.action === "assign"
        ? { assigneeId: assignee?.id ?? null }
        : { reviewState: "needs_review", reviewNote: null, reviewNoteAction: null, reviewNoteById: null, reviewNoteAt: null };
    // The state checks above hold inside this transaction; the guard repeats them so a
    // claim approved or deleted meanwhile is never changed behind the reviewer's back.
    const count = await changeClaimsInBulk(tx, actor, changed.map((c) => c.id), data, now);
    if (count !== changed.length) throw new AppError("conflict", "Some of these claims changed while you were working. Reload the queue and try again.");
    // One event per claim, through the batch writer: 500 claims cost one INSERT.
    const eventIds = await appendEvents(
      tx,
      actor,
      changed.map((c): EventInput => {
        const after = { version: c.version + 1, updatedAt: now.toISOString(), updatedBy };
        return input.action === "assign"
          ? {
              type: "claim.updated", targetType: "claim", targetId: c.id, articleId: c.articleId, claimId: c.id,
              before: { assigneeId: c.assigneeId },
              after: { assigneeId: assignee?.id ?? null, ...after, assignee },
              note: "Bulk assignment from the review queue",
            }
          : {
              type: REVIEW_EVENT_TYPE.submit, targetType: "claim", targetId: c.id, articleId: c.articleId, claimId: c.id,
              before: { reviewState: c.reviewState as ReviewState },
              after: { reviewState: "needs_review", ...after },
              note: null,
            };
      }),
    );
    if (input.action === "assign" && assignee) {
      // One item per claim (each opens its claim), written in one statement.
      const assigneeId = assignee.id;
      const drafts = changed.map((c) => ({ userId: assigneeId, kind: "assigned" as const, summary: `${actor.name} assigned a claim to you`, detail: shorten(c.exact), articleId: c.articleId, claimId: c.id }));
      await insertNotifications(tx, actor.id, eventIds[eventIds.length - 1], drafts, false);
    }
    result.done = changed.map((c) => c.id);
    return result;
  });
}
