import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { verdictSchema } from "@/lib/domain/enums";
import { assertVerdictInScale } from "./support/rating-scale";
import { planClaimUpdate, type ClaimFieldValues } from "@/lib/domain/claim-merge";
import { revertableFields, revertFieldLabel } from "@/lib/domain/event-format";
import { revertClaimSchema, type RevertClaimInput } from "@/lib/validation/collaboration";
import { parseInput } from "@/lib/validation/parse-once";
import { articleTextOf } from "@/lib/data/articles";
import { changeClaim, findClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent, findClaimEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";
import { resolveNewAnchor } from "./support/resolve-new-anchor";
import { lockedClaimError, staleClaimError } from "./support/claim-errors";

type TextField = "claimant" | "normalized" | "rationale" | "verdict";

/**
 * Sets one field of a claim back to the value it had before a change in its history. The
 * same rules as an edit apply (an approved claim is locked; a stale `version` is refused
 * with the current claim), and the revert is itself a `claim.reverted` event, so it can be
 * reverted in turn.
 */
export async function revertClaimField(actor: Actor, claimId: string, raw: RevertClaimInput): Promise<{ claim: ClaimView; reverted: boolean }> {
  authorize(actor, "claim.update");
  const input = parseInput(revertClaimSchema, raw);
  return writeTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(claim);
    const event = await findClaimEvent(tx, input.eventId, claimId);
    if (!event) throw notFound("That history entry of this claim");
    const label = revertFieldLabel(input.field);
    if (!revertableFields(event).includes(input.field)) {
      throw new AppError("invalid", `That change did not touch the ${label}, so there is nothing to revert it to. Pick the entry where the ${label} changed.`, { field: "Not changed by this entry." });
    }
    const before = event.before as Record<string, unknown>;

    if (input.field === "span") {
      if (input.version !== claim.version) throw await staleClaimError(tx, claim, input.version, ["span"]);
      const span = resolveNewAnchor(await articleTextOf(tx, claim.articleId), {
        exact: String(before.exact),
        prefix: typeof before.prefix === "string" ? before.prefix : undefined,
        suffix: typeof before.suffix === "string" ? before.suffix : undefined,
        start: typeof before.start === "number" ? before.start : undefined,
        end: typeof before.end === "number" ? before.end : undefined,
      });
      if (span.start === claim.start && span.end === claim.end) return { claim, reverted: false };
      const view = await changeClaim(tx, actor, claim, { anchor: span });
      await appendEvent(tx, actor, {
        type: "claim.reverted",
        targetType: "claim",
        targetId: claimId,
        articleId: claim.articleId,
        claimId,
        before: { exact: claim.exact, start: claim.start, end: claim.end, prefix: claim.prefix, suffix: claim.suffix },
        after: { ...span, version: view.version, updatedAt: view.updatedAt, updatedBy: view.updatedBy },
        note: `Span set back to before change #${event.id}`,
      });
      return { claim: view, reverted: true };
    }

    const field: TextField = input.field;
    const target = revertValue(field, before[field]);
    if (field === "verdict" && target !== null) await assertVerdictInScale(tx, target);
    const current: ClaimFieldValues & { version: number } = {
      claimant: claim.claimant, normalized: claim.normalized, verdict: claim.verdict, rationale: claim.rationale, assigneeId: claim.assignee?.id ?? null, version: claim.version,
    };
    const plan = planClaimUpdate({ current, patch: { [field]: target }, version: input.version });
    if (plan.kind === "conflict") throw await staleClaimError(tx, claim, input.version, plan.fields);
    if (!(field in plan.changes)) return { claim, reverted: false };
    const view = await changeClaim(tx, actor, claim, { [field]: target });
    await appendEvent(tx, actor, {
      type: "claim.reverted",
      targetType: "claim",
      targetId: claimId,
      articleId: claim.articleId,
      claimId,
      before: { [field]: current[field] },
      after: { [field]: target, version: view.version, updatedAt: view.updatedAt, updatedBy: view.updatedBy, verdictSetBy: view.verdictSetBy },
      note: `${label[0].toUpperCase()}${label.slice(1)} set back to before change #${event.id}`,
    });
    return { claim: view, reverted: true };
  });
}

/** The recorded value, checked: history is data, and old rows may not fit today's rules. */
function revertValue(field: TextField, value: unknown): string | null {
  if (field === "verdict") {
    const parsed = verdictSchema.safeParse(value);
    if (!parsed.success) throw new AppError("invalid", "The recorded verdict is not one Factdesk knows any more; set the verdict by hand.");
    return parsed.data;
  }
  if (field === "rationale") return typeof value === "string" ? value : "";
  return typeof value === "string" && value !== "" ? value : null;
}
