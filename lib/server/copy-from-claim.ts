import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { verdictDisplay } from "@/lib/domain/rating-scale";
import { readRatingScale } from "./support/rating-scale";
import { RATIONALE_MAX } from "@/lib/validation/claim";
import { copyFromClaimSchema, type CopyFromClaimInput } from "@/lib/validation/search";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { changeClaim, findClaim, findClaimToCopy, insertSourceLinks, type ClaimView } from "@/lib/data/claims";
import { appendEvents, type EventInput } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { lockedClaimError, staleClaimError } from "./support/claim-errors";
import type { CopyFromClaimResult } from "@/lib/contracts/claims";
export type { CopyFromClaimResult };

const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…");

/**
 * Reuses a prior fact-check: links the other claim's sources to this one (same stance and
 * excerpt; each source row is shared, never duplicated) and, if asked, copies its verdict
 * and rationale as a draft to be checked ("Draft copied from …"). Sources this claim already
 * cites keep their own stance. One transaction; the claim's version is checked first.
 */
export async function copyFromClaim(actor: Actor, claimId: string, raw: CopyFromClaimInput): Promise<CopyFromClaimResult> {
  authorize(actor, "source.link");
  const input = parseInput(copyFromClaimSchema, raw);
  if (input.includeVerdict) authorize(actor, "claim.update");
  if (input.fromClaimId === claimId) throw new AppError("invalid", "A claim cannot copy from itself. Pick a claim from another article.", { fromClaimId: "Same claim." });
  return writeTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(claim);
    if (claim.version !== input.version) throw await staleClaimError(tx, claim, input.version, ["sources"]);
    const from = await findClaimToCopy(tx, input.fromClaimId);
    if (!from) throw new AppError("not_found", "The claim to copy from was not found. It may have been deleted.");

    const already = new Set(claim.sources.map((s) => s.sourceId));
    const toLink = from.sources.filter((s) => !already.has(s.sourceId));
    await insertSourceLinks(tx, actor, claimId, toLink);
    const copyVerdict = !!input.includeVerdict && (from.verdict !== "unchecked" || from.rationale.trim() !== "");
    const note = `Copied from “${clip(from.exact, 80)}” in “${clip(from.articleTitle, 80)}”`;
    let verdictPatch: { verdict: string; rationale: string } | null = null;
    if (copyVerdict) {
      const header = `Draft copied from “${clip(from.articleTitle, 120)}” (verdict there: ${verdictDisplay(await readRatingScale(tx), from.verdict).label}); check it applies here.`;
      const draft = [header, from.rationale.trim()].filter(Boolean).join("\n\n");
      const rationale = [claim.rationale.trim(), draft].filter(Boolean).join("\n\n");
      verdictPatch = { verdict: from.verdict, rationale: clip(rationale, RATIONALE_MAX) };
    }
    if (toLink.length === 0 && !verdictPatch) {
      return { claim, copied: { sources: 0, alreadyLinked: from.sources.length, verdict: false } };
    }
    const view = await changeClaim(tx, actor, claim, verdictPatch ?? {});
    const events: EventInput[] = toLink.map((link): EventInput => ({
      type: "source.linked",
      targetType: "source",
      targetId: link.sourceId,
      articleId: claim.articleId,
      claimId,
      after: { source: view.sources.find((s) => s.sourceId === link.sourceId)!, version: view.version },
      note,
    }));
    if (verdictPatch) {
      events.push({
        type: "claim.updated",
        targetType: "claim",
        targetId: claimId,
        articleId: claim.articleId,
        claimId,
        before: { verdict: claim.verdict, rationale: claim.rationale },
        after: { verdict: view.verdict, rationale: view.rationale, version: view.version, updatedAt: view.updatedAt, updatedBy: view.updatedBy, verdictSetBy: view.verdictSetBy },
        note,
      });
    }
    await appendEvents(tx, actor, events);
    return { claim: view, copied: { sources: toLink.length, alreadyLinked: from.sources.length - toLink.length, verdict: !!verdictPatch } };
  });
}
