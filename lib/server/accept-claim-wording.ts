import { acceptClaimWordingRow, readClaimWording } from "@/lib/data/claim-wording";
import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { acceptClaimWordingSchema, type AcceptClaimWordingInput } from "@/lib/validation/claim";
import { parseInput } from "@/lib/validation/parse-once";
import { getClaim } from "./get-claim";
import { appendEvent } from "@/lib/data/events";
import { authorize } from "./support/authorize";
import { writeTransaction } from "@/lib/data/transaction";
import type { ClaimView } from "./support/claim-view";

type Outcome = "accepted" | "unchanged" | "locked" | "stale";

/**
 * A revision changed the words under a claim (anchor status "changed", the old quote kept in
 * `previousExact`). Accepting says the claim, its verdict included, stands on the new words:
 * it is anchored again and the old quote is let go (the history event keeps it). Checked
 * like any edit: a stale version or an approved (locked) claim is refused with 409 and the
 * current claim. A claim whose text did not change comes back as it is.
 */
export async function acceptClaimWording(actor: Actor, claimId: string, raw: AcceptClaimWordingInput): Promise<{ claim: ClaimView; accepted: boolean }> {
  authorize(actor, "claim.update");
  const input = parseInput(acceptClaimWordingSchema, raw);
  const outcome = await writeTransaction(async (tx): Promise<Outcome> => {
    const state = await readClaimWording(tx, claimId);
    if (!state) throw notFound("The claim");
    if (state.anchorStatus !== "changed") return "unchanged";
    if (state.reviewState === "approved") return "locked";
    if (state.version !== input.version || !(await acceptClaimWordingRow(tx, claimId, state.version, actor.id))) return "stale";
    await appendEvent(tx, actor, {
      type: "claim.updated",
      targetType: "claim",
      targetId: claimId,
      articleId: state.articleId,
      claimId,
      before: { anchorStatus: "changed", previousExact: state.previousExact },
      after: { anchorStatus: "anchored", previousExact: null, version: state.version + 1, updatedAt: new Date().toISOString(), updatedBy: { id: actor.id, name: actor.name } },
      note: "Accepted the new wording of the quote",
    });
    return "accepted";
  });
  const claim = await getClaim(actor, claimId);
  if (outcome === "locked") {
    throw new AppError("conflict", `This claim was approved${claim.approvedBy ? ` by ${claim.approvedBy.name}` : ""} and is locked. A reviewer must reopen it before its wording can be accepted.`, undefined, { current: claim, locked: true });
  }
  if (outcome === "stale") {
    const who = claim.updatedBy.name;
    throw new AppError("conflict", `This claim was changed by ${who} since you opened it; the new wording was not accepted. Check their version, then accept again.`, undefined, {
      current: claim, yourVersion: input.version, conflictingFields: ["wording"], changedBy: who,
    });
  }
  return { claim, accepted: outcome === "accepted" };
}
