import { db, type Db, type Tx } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { AppError, invalid, notFound } from "@/lib/domain/errors";
import type { AnchorStatus } from "@/lib/domain/enums";
import { docToPlainText } from "@/lib/anchoring";
import { bodyToDoc, type PMDoc } from "@/lib/import";
import { EditorDocError, formatReanchorSummary, parseEditorDoc, planReanchor, planReviewWithdrawals, toRevisionSummary } from "@/lib/revisions";
import type { ClaimAnchorUpdate, ReanchorSummary, ReviewWithdrawal, RevisionSummaryView } from "@/lib/revisions";
import type { ReviewState } from "@/lib/domain/enums";
import { ARTICLE_BODY_MAX } from "@/lib/validation/article";
import { saveRevisionSchema, type SaveRevisionInput } from "@/lib/validation/revision";
import { authorize } from "./support/authorize";
import { withdrawFromPublication } from "./support/withdraw-from-publication";
import { appendEvent, appendEvents } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { toArticleView, type ArticleView } from "./support/article-view";

export interface SaveRevisionResult {
  article: ArticleView;
  revision: RevisionSummaryView;
  summary: ReanchorSummary;
  /** "42 claims kept, 2 changed, 1 orphaned" */
  message: string;
}

function ago(date: Date): string {
  const minutes = Math.round((Date.now() - date.getTime()) / 60000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return minutes === 1 ? "1 minute ago" : `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? (hours === 1 ? "1 hour ago" : `${hours} hours ago`) : `on ${date.toISOString().slice(0, 10)}`;
}

/** 409 naming who changed the article since the client loaded it; nothing is overwritten. */
async function staleArticleError(tx: Tx, article: { id: string; version: number; revisionNumber: number; updatedAt: Date }, yourVersion: number): Promise<AppError> {
  const last = await tx.event.findFirst({
    where: { articleId: article.id, targetType: "article", type: { startsWith: "article." } },
    orderBy: { id: "desc" },
    include: { actor: { select: { id: true, name: true } } },
  });
  const who = last?.actor?.name ?? "someone else";
  const when = last?.createdAt ?? article.updatedAt;
  return new AppError(
    "conflict",
    `This article was changed by ${who} ${ago(when)} (it is now at version ${article.version}, revision ${article.revisionNumber}); your new version was not saved. Reload to see the current text, then apply your changes again.`,
    undefined,
    { currentVersion: article.version, revisionNumber: article.revisionNumber, yourVersion, changedBy: last?.actor ?? null, changedAt: when.toISOString() },
  );
}

/** Rows per bulk statement, well under SQLite's 32,766 parameters. */
const UPDATE_CHUNK = 1_000;

/**
 * Writes the re-anchored claims. A revision of a long article moves thousands of claims;
 * one UPDATE … FROM (VALUES …) per thousand rows costs tens of milliseconds where a Prisma
 * update per claim (about 4 ms each here) costs seconds. Moving with the text is not an edit: only a change of status or
 * words bumps a claim's version (so a concurrent edit to it is re-checked) and updatedBy,
 * and gets a `claim.reanchored` event (written in batches by appendEvents).
 */
async function applyAnchorUpdates(tx: Tx, actor: Actor, articleId: string, revision: number, updates: ClaimAnchorUpdate[], versions: Map<string, number>): Promise<void> {
  // Timestamps are written in the format Prisma stores (ISO 8601 with an explicit offset).
  const now = new Date().toISOString().replace("Z", "+00:00");
  for (let i = 0; i < updates.length; i += UPDATE_CHUNK) {
    const chunk = updates.slice(i, i + UPDATE_CHUNK);
    const values = chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
    const params = chunk.flatMap((u) => [u.id, u.data.exact, u.data.prefix, u.data.suffix, u.data.start, u.data.end, u.data.anchorStatus, u.data.previousExact, u.significant ? 1 : 0]);
    await tx.$executeRawUnsafe(
      `UPDATE "Claim" SET "exact" = v.column2, "prefix" = v.column3, "suffix" = v.column4, "start" = v.column5, "end" = v.column6,
         "anchorStatus" = v.column7, "previousExact" = v.column8, "version" = "Claim"."version" + v.column9,
         "updatedById" = CASE WHEN v.column9 = 1 THEN ? ELSE "Claim"."updatedById" END,
         "updatedAt" = CASE WHEN v.column9 = 1 THEN ? ELSE "Claim"."updatedAt" END
       FROM (VALUES ${values}) AS v WHERE "Claim"."id" = v.column1`,
      actor.id, now, ...params,
    );
  }
  await appendEvents(
    tx,
    actor,
    updates.filter((u) => u.significant).map((u) => ({
      type: "claim.reanchored",
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
  for (let i = 0; i < approved.length; i += UPDATE_CHUNK) {
    await tx.claim.updateMany({
      where: { id: { in: approved.slice(i, i + UPDATE_CHUNK) }, reviewState: "approved" },
      data: { reviewState: "needs_review", approvedById: null, approvedAt: null },
    });
  }
  await appendEvents(
    tx,
    actor,
    withdrawals.map((w) => ({
      type: "review.text_changed",
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

const CLAIM_ANCHOR = { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true, previousExact: true, version: true, reviewState: true } as const;

/** The article's live claims and their re-anchoring plan, or null if the article is gone or stale. */
async function planFromSnapshot(client: Tx | Db, articleId: string, version: number, text: string) {
  const article = await client.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { text: true, version: true } });
  if (!article || article.version !== version) return null;
  const claims = await client.claim.findMany({ where: { articleId, deletedAt: null }, select: CLAIM_ANCHOR });
  const plan = planReanchor(article.text, text, claims.map((c) => ({ ...c, anchorStatus: c.anchorStatus as AnchorStatus })));
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
  const input = saveRevisionSchema.parse(raw);
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
  const early = await planFromSnapshot(db, articleId, input.version, text);

  const result = await writeTransaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null } });
    if (!article) throw notFound("The article");
    if (article.version !== input.version) throw await staleArticleError(tx, article, input.version);
    if (article.text === text && article.doc === docJson) {
      throw invalid(`This is the same as the current text (revision ${article.revisionNumber}); nothing was saved.`, { [field]: "No changes." });
    }
    const current = await tx.claim.findMany({ where: { articleId, deletedAt: null }, select: { id: true, version: true } });
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
    const withdrawals = planReviewWithdrawals(plan.updates, new Map(claims.map((c) => [c.id, c.reviewState as ReviewState])), number);
    const summary: ReanchorSummary = { ...plan.summary, approvalsWithdrawn: withdrawals.filter((w) => w.from === "approved").length };
    const revision = await tx.articleRevision.create({
      data: { articleId, number, doc: docJson, text, note: input.note ?? null, reanchor: JSON.stringify(summary), createdById: actor.id },
      include: { createdBy: { select: { id: true, name: true } } },
    });
    const updated = await tx.article.update({
      where: { id: articleId, version: input.version },
      data: { doc: docJson, text, version: { increment: 1 }, revisionNumber: number },
      include: { createdBy: { select: { id: true, name: true } } },
    });

    await applyAnchorUpdates(tx, actor, articleId, number, plan.updates, versions);
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
    article: toArticleView(result.updated),
    revision: toRevisionSummary(result.revision),
    summary: result.summary,
    message: formatReanchorSummary(result.summary),
  };
}
