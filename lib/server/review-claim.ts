import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import type { ReviewState, Verdict } from "@/lib/domain/enums";
import { planReview, REVIEW_ACTION_PERMISSION, REVIEW_EVENT_TYPE } from "@/lib/domain/review";
import { reviewActionSchema, type ReviewActionInput } from "@/lib/validation/review";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { changeClaim, findClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { insertNotifications } from "@/lib/data/notifications";
import { writeTransaction } from "@/lib/data/transaction";
import { shorten } from "@/lib/domain/notifications";
import { staleClaimError } from "./support/claim-errors";
import { readSettings } from "@/lib/data/settings";

/**
 * One step of the review workflow on one claim: an editor submits it, a reviewer approves
 * it, sends it back with a note, or reopens an approved claim with a note. The rules are
 * lib/domain/review; this checks the version the client saw, applies the step, bumps the
 * version and records the step (with its note) in the same transaction.
 */
export async function reviewClaim(actor: Actor, claimId: string, raw: ReviewActionInput): Promise<{ claim: ClaimView }> {
  authorize(actor, "review.submit"); // the least any step needs; the step's own check follows
  const input = parseInput(reviewActionSchema, raw);
  authorize(actor, REVIEW_ACTION_PERMISSION[input.action]);
  return writeTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    const current = claim;
    if (input.version !== claim.version) throw await staleClaimError(tx, current, input.version, ["review state"]);
    const fourEyes = input.action === "approve" ? (await readSettings(tx)).fourEyes : true;
    const plan = planReview(
      input.action,
      {
        reviewState: claim.reviewState as ReviewState,
        verdict: claim.verdict as Verdict,
        rationale: claim.rationale,
        sourceCount: claim.sources.length,
        verdictSetById: claim.verdictSetBy?.id ?? null,
      },
      { actorId: actor.id, note: input.note, fourEyes },
    );
    if (!plan.ok) throw new AppError(plan.code, plan.message, plan.fields, plan.code === "conflict" ? { current } : undefined);

    const approval =
      input.action === "approve" ? { approvedById: actor.id, approvedAt: new Date() } : plan.to === "open" ? { approvedById: null, approvedAt: null } : {};
    // A send-back or reopen note stays on the claim for the editor; resubmitting clears it.
    const note =
      input.action === "send_back" || input.action === "reopen"
        ? { reviewNote: input.note?.trim() ?? null, reviewNoteAction: input.action, reviewNoteById: actor.id, reviewNoteAt: new Date() }
        : input.action === "submit"
          ? { reviewNote: null, reviewNoteAction: null, reviewNoteById: null, reviewNoteAt: null }
          : {};
    const view = await changeClaim(tx, actor, claim, { reviewState: plan.to, ...approval, ...note });
    const eventId = await appendEvent(tx, actor, {
      type: REVIEW_EVENT_TYPE[input.action],
      targetType: "claim",
      targetId: claimId,
      articleId: claim.articleId,
      claimId,
      before: { reviewState: plan.from },
      after: { reviewState: plan.to, version: view.version, updatedAt: view.updatedAt, updatedBy: view.updatedBy, approvedBy: view.approvedBy, approvedAt: view.approvedAt },
      note: input.note ?? null,
    });
    // The claim's maker and its assignee hear that it came back to them, or went through.
    const kind = input.action === "approve" ? "approved" : input.action === "send_back" || input.action === "reopen" ? "sent_back" : null;
    if (kind) {
      const verb = input.action === "approve" ? "approved" : input.action === "reopen" ? "reopened" : "sent back";
      const detail = input.note?.trim() ? shorten(input.note) : shorten(claim.exact);
      const people = [claim.createdBy.id, claim.assignee?.id].filter((id): id is string => !!id);
      await insertNotifications(tx, actor.id, eventId, people.map((userId) => ({ userId, kind, summary: `${actor.name} ${verb} a claim of yours`, detail, articleId: claim.articleId, claimId })));
    }
    return { claim: view };
  });
}
