import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { verdictDisplay } from "@/lib/domain/rating-scale";
import { readRatingScale } from "./support/rating-scale";
import { RATIONALE_MAX } from "@/lib/validation/claim";
import { copyFromClaimSchema, type CopyFromClaimInput } from "@/lib/validation/search";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";
import { lockedClaimError, staleClaimError } from "./support/claim-errors";

export interface CopyFromClaimResult {
  claim: ClaimView;
  copied: { sources: number; alreadyLinked: number; verdict: boolean };
}

const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…");

/**
 * Reuses a prior fact-check: links the other claim's sources to this one (same stance and
 * excerpt; each source row is shared, never duplicated) and, if asked, copies its verdict
 * and rationale as a draft to be checked ("Draft copied from …"). Sources this claim already
 * cites keep their own stance. One transaction; the claim's version is checked first.
 */
export async function copyFromClaim(actor: Actor, claimId: string, raw: CopyFromClaimInput): Promise<CopyFromClaimResult> {
  authorize(actor, "source.link");
  const input = copyFromClaimSchema.parse(raw);
  if (input.includeVerdict) authorize(actor, "claim.update");
  if (input.fromClaimId === claimId) throw new AppError("invalid", "A claim cannot copy from itself. Pick a claim from another article.", { fromClaimId: "Same claim." });
  return writeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: claimInclude });
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(toClaimView(claim));
    if (claim.version !== input.version) throw await staleClaimError(tx, toClaimView(claim), input.version, ["sources"]);
    const from = await tx.claim.findFirst({
      where: { id: input.fromClaimId, deletedAt: null, article: { deletedAt: null } },
      include: { sources: { orderBy: { createdAt: "asc" } }, article: { select: { title: true } } },
    });
    if (!from) throw new AppError("not_found", "The claim to copy from was not found. It may have been deleted.");

    const already = new Set(claim.sources.map((s) => s.sourceId));
    const toLink = from.sources.filter((s) => !already.has(s.sourceId));
    if (toLink.length > 0) {
      await tx.claimSource.createMany({
        data: toLink.map((s) => ({ claimId, sourceId: s.sourceId, stance: s.stance, excerpt: s.excerpt, createdById: actor.id })),
      });
    }
    const copyVerdict = !!input.includeVerdict && (from.verdict !== "unchecked" || from.rationale.trim() !== "");
    const note = `Copied from “${clip(from.exact, 80)}” in “${clip(from.article.title, 80)}”`;
    let verdictPatch: { verdict: string; rationale: string; verdictSetById: string } | null = null;
    if (copyVerdict) {
      const header = `Draft copied from “${clip(from.article.title, 120)}” (verdict there: ${verdictDisplay(await readRatingScale(tx), from.verdict).label}); check it applies here.`;
      const draft = [header, from.rationale.trim()].filter(Boolean).join("\n\n");
      const rationale = [claim.rationale.trim(), draft].filter(Boolean).join("\n\n");
      verdictPatch = { verdict: from.verdict, rationale: clip(rationale, RATIONALE_MAX), verdictSetById: actor.id };
    }
    if (toLink.length === 0 && !verdictPatch) {
      return { claim: toClaimView(claim), copied: { sources: 0, alreadyLinked: from.sources.length, verdict: false } };
    }
    const updated = await tx.claim.update({
      where: { id: claimId, version: claim.version },
      data: { ...(verdictPatch ?? {}), version: { increment: 1 }, updatedById: actor.id },
      include: claimInclude,
    });
    const view = toClaimView(updated);
    for (const link of toLink) {
      await appendEvent(tx, actor, {
        type: "source.linked",
        targetType: "source",
        targetId: link.sourceId,
        articleId: claim.articleId,
        claimId,
        after: { source: view.sources.find((s) => s.sourceId === link.sourceId), version: view.version },
        note,
      });
    }
    if (verdictPatch) {
      await appendEvent(tx, actor, {
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
    return { claim: view, copied: { sources: toLink.length, alreadyLinked: from.sources.length - toLink.length, verdict: !!verdictPatch } };
  });
}
