import type { Actor } from "@/lib/domain/actor";
import { AppError, invalid, notFound } from "@/lib/domain/errors";
import { docToPlainText } from "@/lib/anchoring";
import { bodyToDoc, type PMDoc } from "@/lib/import";
import { EditorDocError, formatReanchorSummary, parseEditorDoc, planReanchor, planReviewWithdrawals } from "@/lib/revisions";
import type { ClaimAnchorUpdate, ReanchorSummary, ReviewWithdrawal, RevisionSummaryView } from "@/lib/revisions";
import { ARTICLE_BODY_MAX } from "@/lib/validation/article";
import { saveRevisionSchema, type SaveRevisionInput } from "@/lib/validation/revision";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { withdrawFromPublication } from "./support/withdraw-from-publication";
import { findArticleRecord, updateArticleText, type ArticleView } from "@/lib/data/articles";
import { applyAnchorUpdates, listClaimAnchors, listClaimVersions, withdrawApprovals } from "@/lib/data/claims";
import { appendEvent, appendEvents, lastArticleChange } from "@/lib/data/events";
import { withDb } from "@/lib/data/handle";
import { insertRevision } from "@/lib/data/revisions";
import { writeTransaction, type Db, type Tx } from "@/lib/data/transaction";
import type { SaveRevisionResult } from "@/lib/contracts/revisions";
export type { SaveRevisionResult };

function ago(date: Date): string {
  const minutes = Math.round((Date.now() - date.getTime()) / 60000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return minutes === 1 ? "1 minute ago" : `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? (hours === 1 ? "1 hour ago" : `${hours} hours ago`) : `on ${date.toISOString().slice(0, 10)}`;
}

/** 409 naming who changed the article since the client loaded it; nothing is overwritten. */
async function staleArticleError(tx: Tx, article: { id: string; version: number; revisionNumber: number; updatedAt: Date }, yourVersion: number): Promise<AppError> {
  const last = await lastArticleChange(tx, article.id);
  const who = last?.actor?.name ?? "someone else";
  const when = last?.createdAt ?? article.updatedAt;
  return new AppError(
    "conflict",
    `This article was changed by ${who} ${ago(when)} (it is now at version ${article.version}, revision ${article.revisionNumber}); your new version was not saved. Reload to see the current text, then apply your changes again.`,
    undefined,
    { currentVersion: article.version, revisionNumber: article.revisionNumber, yourVersion, changedBy: last?.actor ?? null, changedAt: when.toISOString() },
  );
}

/**
 * Writes the re-anchored claims (one bulk statement per thousand, lib/data/claims.ts). Moving
 * with the text is not an edit: only a change of status or words bumps a claim's version and
 * gets a `claim.reanchored` event (one batch INSERT).
 */
async function reanchorClaims(tx: Tx, actor: Actor, articleId: string, revision: number, updates: ClaimAnchorUpdate[], versions: Map<string, number>): Promise<void> {
  await applyAnchorUpdates(tx, actor, updates);
  await appendEvents(
    tx,
    actor,
    updates
      .filter((u) => u.significant)
      .map((u) => ({
        type: "claim.reanchored" as const,
        targetType: "claim" as const,
        targetId: u.id,
        articleId,
        claimId: u.id,
        before: u.before,
        after: { exact: u.data.exact, start: u.data.start, end: u.data.end, anchorStatus: u.data.anchorStatus, previousExact: u.data.previousExact, version: (versions.get(u.id) ?? 0) + 1 },
        note: u.reason ?? `Re-anchored to revision ${revision}`,
      })),
  );
}

/**
 * Sends claims whose approved or submitted words changed back to review (after the anchor
 * updates, which already bumped their versions): approval cleared, one
 * `review.text_changed` event each with the reason. Returns how many approvals were withdrawn.
 */
async function withdrawReviews(tx: Tx, actor: Actor, articleId: string, withdrawals: ReviewWithdrawal[], versions: Map<string, number>): Promise<number> {
  const approved = withdrawals.filter((w) => w.from === "approved").map((w) => w.id);
  await withdrawApprovals(tx, approved);
  await appendEvents(
    tx,
    actor,
    withdrawals.map((w) => ({
      type: "review.text_changed" as const,
      targetType: "claim" as const,
      targetId: w.id,
      articleId,
      claimId: w.id,
      before: { reviewState: w.from },
      after: { reviewState: "needs_review", version: (versions.get(w.id) ?? 0) + 1 },
      note: w.reason,
    })),
  );
  return approved.length;
}

/** The article's live claims and their re-anchoring plan, or null if the article is gone or stale. */
async function planFromSnapshot(client: Tx | Db, articleId: string, version: number, text: string) {
  const article = await findArticleRecord(client, articleId);
  if (!article || article.version !== version) return null;
  const claims = await listClaimAnchors(client, articleId);
  const plan = planReanchor(article.text, text, claims);
  return { oldText: article.text, claims, plan };
}

function sameClaimVersions(a: ReadonlyArray<{ id: string; version: number }>, b: ReadonlyArray<{ id: string; version: number }>): boolean {
  if (a.length !== b.length) return false;
  const versions = new Map(a.map((c) => [c.id, c.version]));
  return b.every((c) => versions.get(c.id) === c.version);
}

function documentFor(input: ReturnType<typeof saveRevisionSchema.parse>): PMDoc {
  if (input.doc === undefined) return bodyToDoc(input.body ?? "", input.bodyFormat);
  try {
    return parseEditorDoc(input.doc);
  } catch (error) {
    if (error instanceof EditorDocError) throw invalid(error.message, { doc: error.message });
    throw error;
  }
}

/**
 * Saves a new version of an article's text as a new revision and re-anchors every live
 * claim to it (position, then exact quote, then fuzzy match; otherwise the claim is kept
 * as an orphan). The version check, the revision, the article, the claims and the events
 * are written in one transaction: a stale version is refused with 409, never overwritten.
 */
export async function saveArticleRevision(actor: Actor, articleId: string, raw: SaveRevisionInput): Promise<SaveRevisionResult> {
  authorize(actor, "article.update");
  const input = parseInput(saveRevisionSchema, raw);
  const doc = documentFor(input);
  const text = docToPlainText(doc);
  const field = input.doc !== undefined ? "doc" : "body";
  if (text.length > ARTICLE_BODY_MAX) {
    throw invalid(`The new version is too long (limit ${ARTICLE_BODY_MAX.toLocaleString("en-US")} characters of text).`, { [field]: "Too long." });
  }
  const docJson = JSON.stringify(doc);

  // Re-anchoring thousands of claims takes a while, so it is planned before the
  // transaction: the database connection is serialised and should not wait on it. Inside,
  // the plan is reused only if the article and every claim are still as read (any edit to a
  // claim bumps its version); otherwise it is made again on the current rows.
  const early = await withDb((db) => planFromSnapshot(db, articleId, input.version, text));

  const result = await writeTransaction(async (tx) => {
    const article = await findArticleRecord(tx, articleId);
    if (!article) throw notFound("The article");
    if (article.version !== input.version) throw await staleArticleError(tx, article, input.version);
    if (article.text === text && article.doc === docJson) {
      throw invalid(`This is the same as the current text (revision ${article.revisionNumber}); nothing was saved.`, { [field]: "No changes." });
    }
    const current = await listClaimVersions(tx, articleId);
    const { claims, plan } = early && early.oldText === article.text && sameClaimVersions(early.claims, current) ? early : await planFromSnapshot(tx, articleId, input.version, text).then((p) => p!);
    if (text.trim() === "" && !input.confirmEmpty) {
      throw new AppError(
        "invalid",
        `The new version has no text. Saving it would leave all ${claims.length} claims of this article without a place in the text (they would be kept as orphans). Confirm to save it anyway.`,
        { [field]: "The new version is empty." },
        { needsConfirmation: "confirmEmpty", claims: claims.length },
      );
    }
    const versions = new Map(claims.map((c) => [c.id, c.version]));

    const number = article.revisionNumber + 1;
    // Review states are part of the snapshot the plan was made on (a review step bumps the version).
    const withdrawals = planReviewWithdrawals(plan.updates, new Map(claims.map((c) => [c.id, c.reviewState])), number);
    const summary: ReanchorSummary = { ...plan.summary, approvalsWithdrawn: withdrawals.filter((w) => w.from === "approved").length };
    const revision = await insertRevision(tx, actor, { articleId, number, doc: docJson, text, note: input.note ?? null, reanchor: summary });
    const updated = await updateArticleText(tx, articleId, input.version, { doc: docJson, text, revisionNumber: number });

    await reanchorClaims(tx, actor, articleId, number, plan.updates, versions);
    await withdrawReviews(tx, actor, articleId, withdrawals, versions);
    await withdrawFromPublication(
      tx,
      actor,
      articleId,
      withdrawals.filter((w) => w.from === "approved").map((w) => w.id),
      `Withdrawn for re-review: the article's wording under this claim changed in revision ${number}.`,
    );

    await appendEvent(tx, actor, {
      type: "article.revised",
      targetType: "article",
      targetId: articleId,
      articleId,
      before: { version: article.version, revisionNumber: article.revisionNumber },
      after: { version: updated.version, revisionNumber: number, summary },
      note: input.note ?? null,
    });
    return { updated, revision, summary };
  });

  return {
    article: result.updated,
    revision: result.revision,
    summary: result.summary,
    message: formatReanchorSummary(result.summary),
  };
}
