import type { Actor } from "@/lib/domain/actor";
import type { ReviewState } from "@/lib/domain/enums";
import { forbidden, invalid } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { missingForApproval, planReview } from "@/lib/domain/review";
import { normaliseSourceUrl } from "@/lib/domain/source-url";
import { parseFactdeskJsonInChunks, type FactdeskDocument } from "@/lib/export/factdesk-schema";
import { importOptionsSchema, type ImportOptionsInput } from "@/lib/validation/review";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { insertArticle, purgeArticle, revealArticle } from "@/lib/data/articles";
import { appendEvents, type EventInput } from "@/lib/data/events";
import { withDb } from "@/lib/data/handle";
import { deleteUnusedSources, insertImportedClaim, insertImportedComment, insertImportedLinks, insertSources, sourceIdsByUrl, usersByEmail } from "@/lib/data/imports";
import { writeTransaction, type Tx } from "@/lib/data/transaction";
import { readSettings } from "@/lib/data/settings";
import { adoptImportedRatingScale, type ImportedScaleOutcome } from "./support/adopt-rating-scale";
import { assertImportedVerdictsFit } from "./support/rating-scale";
import { approvalImportNote, emailsIn, importedHistoryJson, placeImportedAnchor, sanitiseImportedDoc, threadOrder, verdictSetterEmail } from "./support/imported-article";

export interface ImportResult {
  id: string;
  title: string;
  claims: number;
  /** Claims whose quote is not in the imported text; kept and flagged. */
  orphaned: number;
  /** People named in the file with no account here (matched by email); their comments are attributed to the importer, with their name in the text. */
  unmatchedPeople: string[];
  /** Approvals kept (only with keepApprovals, by a reviewer or admin). */
  approvalsKept: number;
  /** Approvals in the file that were not kept although asked to, with the reason (e.g. four-eyes). */
  approvalsRefused: Array<{ number: number; reason: string }>;
  /** The file's rating scale: adopted (this Factdesk had none of its own), kept (it has one), or none in the file. */
  ratingScale: ImportedScaleOutcome;
}

type ImportedClaim = FactdeskDocument["claims"][number];

const date = (iso: string | null | undefined) => (iso ? new Date(iso.length === 10 ? iso + "T00:00:00Z" : iso) : null);

/** Claims written per transaction. Between chunks the import yields, so other users' writes get the database. */
const CLAIM_CHUNK = 50;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

interface ImportContext {
  actor: Actor;
  articleId: string;
  byEmail: Map<string, { id: string; role: string; active: boolean }>;
  unmatched: Set<string>;
  keepApprovals: boolean;
  fourEyes: boolean;
  fileName: string | null;
  createdSources: string[];
  events: EventInput[];
  refused: Array<{ number: number; reason: string }>;
  kept: number;
}

function userFor(ctx: ImportContext, p: { name: string; email?: string } | null) {
  if (!p) return null;
  const found = p.email ? ctx.byEmail.get(p.email.trim().toLowerCase()) : undefined;
  if (!found) ctx.unmatched.add(p.name);
  return found ?? null;
}

/**
 * The review state an imported claim gets, by the domain's rules: `needs_review` when it is
 * complete enough to submit, else `open`; `approved` only when the importer may approve,
 * asked to keep approvals, the file says approved, and planReview (four-eyes included)
 * would let the importer approve it now.
 */
function reviewStateFor(ctx: ImportContext, c: ImportedClaim, sourceCount: number, verdictSetById: string | null): { state: ReviewState; refused?: string } {
  const complete = Object.keys(missingForApproval({ verdict: c.verdict, rationale: c.rationale, sourceCount })).length === 0;
  const base: ReviewState = complete ? "needs_review" : "open";
  if (!ctx.keepApprovals || c.reviewState !== "approved") return { state: base };
  const plan = planReview(
    "approve",
    { reviewState: "needs_review", verdict: c.verdict, rationale: c.rationale, sourceCount, verdictSetById },
    { actorId: ctx.actor.id, fourEyes: ctx.fourEyes },
  );
  return plan.ok ? { state: "approved" } : { state: base, refused: plan.message };
}

/**
 * The source id for every URL cited in `claims` (normalised), creating the missing ones:
 * two queries per chunk instead of two per citation. Sources are shared, reused by URL.
 */
async function sourcesFor(tx: Tx, ctx: ImportContext, claims: readonly ImportedClaim[]): Promise<Map<string, string>> {
  const wanted = new Map<string, ImportedClaim["sources"][number]>();
  for (const c of claims) for (const s of c.sources) if (!wanted.has(normaliseSourceUrl(s.url))) wanted.set(normaliseSourceUrl(s.url), s);
  const urls = [...wanted.keys()];
  let ids = await sourceIdsByUrl(tx, urls);
  const missing = urls.filter((u) => !ids.has(u));
  if (missing.length === 0) return ids;
  await insertSources(
    tx,
    ctx.actor,
    missing.map((url) => {
      const s = wanted.get(url)!;
      return { url, title: s.title || url, publisher: s.publisher, accessedAt: date(s.accessedAt), archiveUrl: s.archiveUrl };
    }),
  );
  ids = await sourceIdsByUrl(tx, urls);
  for (const url of missing) ctx.createdSources.push(ids.get(url)!);
  return ids;
}

async function importClaim(tx: Tx, ctx: ImportContext, c: ImportedClaim, anchor: ReturnType<typeof placeImportedAnchor>, now: number, sources: Map<string, string>): Promise<void> {
  const assignee = userFor(ctx, c.assignee);
  const setterEmail = verdictSetterEmail(c);
  const verdictSetById = setterEmail ? ctx.byEmail.get(setterEmail)?.id ?? null : null;
  const sourceUrls = [...new Set(c.sources.map((s) => normaliseSourceUrl(s.url)))];
  const review = reviewStateFor(ctx, c, sourceUrls.length, verdictSetById);
  if (review.refused) ctx.refused.push({ number: c.number, reason: review.refused });
  const approved = review.state === "approved";
  const claim = {
    id: await insertImportedClaim(tx, {
      articleId: ctx.articleId,
      ...anchor,
      claimant: c.claimant,
      normalized: c.normalized,
      verdict: c.verdict,
      rationale: c.rationale,
      reviewState: review.state,
      assigneeId: assignee && assignee.active && assignee.role !== "viewer" ? assignee.id : null,
      verdictSetById,
      // A kept approval is the importer's, given now; who approved it originally is in the event's note.
      approvedById: approved ? ctx.actor.id : null,
      approvedAt: approved ? new Date() : null,
      importedHistory: importedHistoryJson(c.history),
      createdById: userFor(ctx, c.createdBy)?.id ?? ctx.actor.id,
      updatedById: ctx.actor.id,
      createdAt: new Date(c.createdAt),
    }),
  };
  if (approved) {
    ctx.kept += 1;
    ctx.events.push({
      type: "review.approval_imported",
      targetType: "claim",
      targetId: claim.id,
      articleId: ctx.articleId,
      claimId: claim.id,
      before: { reviewState: "needs_review" },
      after: { reviewState: "approved", originallyApprovedBy: c.approvedBy?.name ?? null, originallyApprovedAt: c.approvedAt },
      note: approvalImportNote(ctx.actor.name, ctx.fileName, c.approvedBy, c.approvedAt),
    });
  }

  const linked = new Set<string>();
  const links = [];
  for (const [i, s] of c.sources.entries()) {
    const sourceId = sources.get(normaliseSourceUrl(s.url))!;
    if (linked.has(sourceId)) continue;
    linked.add(sourceId);
    // Distinct link times keep the file's source order (links are listed by time).
    links.push({ claimId: claim.id, sourceId, stance: s.stance, excerpt: s.excerpt, createdById: ctx.actor.id, createdAt: new Date(now + i) });
  }
  await insertImportedLinks(tx, links);

  const newIds = new Map<string, string>();
  for (const { comment, rootId } of threadOrder(c.comments)) {
    const author = userFor(ctx, comment.author);
    const created = await insertImportedComment(tx, {
      claimId: claim.id,
      parentId: rootId ? newIds.get(rootId) ?? null : null,
      authorId: author?.id ?? ctx.actor.id,
      body: author ? comment.body : `[Originally written by ${comment.author.name}] ${comment.body}`,
      createdAt: new Date(comment.createdAt),
      editedAt: date(comment.editedAt),
      resolvedAt: date(comment.resolvedAt),
    });
    newIds.set(comment.id, created);
  }
}

/** Undoes a failed import: the article (its claims, links and comments go with it) and the sources it created that nothing else uses. */
async function discardImport(articleId: string, createdSources: string[]): Promise<void> {
  await writeTransaction(async (tx) => {
    await purgeArticle(tx, articleId);
    await deleteUnusedSources(tx, createdSources);
  });
}

/**
 * Recreates an exported article (factdesk/1 JSON) as a NEW article: text and document,
 * revision 1, claims with re-resolved anchors, verdicts and rationale, sources (reused by
 * URL), stances and excerpts, threaded comments. The file goes through the same rules as
 * any other write (README, "Import"):
 *  - its fields obey the API's limits (factdesk-schema.ts);
 *  - claims enter `open`, or `needs_review` when complete; never `approved`, unless the
 *    importer is a reviewer or admin and asks to keep approvals; each kept approval is the
 *    importer's, recorded as imported from the file, and four-eyes still applies;
 *  - the file's history is kept as read-only provenance on each claim, never as Event
 *    rows attributed to local accounts; the import itself is the only event.
 * A large file is written in chunks of claims, one transaction each, yielding between them
 * so other users' writes are not held up for the whole import. The article stays hidden
 * (deletedAt set) until the last chunk is in; a failure removes everything it wrote.
 */
export async function importArticleJson(actor: Actor, raw: unknown, rawOptions: ImportOptionsInput = {}): Promise<ImportResult> {
  authorize(actor, "article.create");
  const options = parseInput(importOptionsSchema, rawOptions);
  if (options.keepApprovals && !can(actor, "review.approve")) {
    throw forbidden("Only reviewers and admins can keep approvals from a file. Import without “keep approvals”: complete claims will wait for review.");
  }
  const parsed = await parseFactdeskJsonInChunks(raw, yieldToOthers);
  if (!parsed.ok) throw invalid(parsed.message);
  const document: FactdeskDocument = parsed.value;
  const { doc, text } = sanitiseImportedDoc(document.article);
  const docJson = JSON.stringify(doc);
  // Placing 10,000 anchors takes a while: a chunk at a time, yielding in between.
  const anchors: ReturnType<typeof placeImportedAnchor>[] = [];
  for (let from = 0; from < document.claims.length; from += CLAIM_CHUNK) {
    await yieldToOthers();
    for (const c of document.claims.slice(from, from + CLAIM_CHUNK)) anchors.push(placeImportedAnchor(text, c.anchor));
  }

  await withDb((db) => assertImportedVerdictsFit(db, document.ratingScale, document.claims.map((c) => c.verdict)));
  const users = await withDb((db) => usersByEmail(db, emailsIn(document)));
  const a = document.article;
  let ratingScale: ImportedScaleOutcome = "none";
  // Hidden until every chunk is written.
  const article = await writeTransaction((tx) =>
    insertArticle(
      tx,
      actor,
      { title: a.title, publisher: a.publisher, byline: a.byline, url: a.url, publishedAt: date(a.publishedAt), doc: docJson, text },
      `Imported from a Factdesk export (${document.format})`,
      { hidden: true },
    ),
  );

  const ctx: ImportContext = {
    actor,
    articleId: article.id,
    byEmail: new Map(users.map((u) => [u.email.toLowerCase(), u])),
    unmatched: new Set(),
    keepApprovals: options.keepApprovals,
    fourEyes: (await withDb(readSettings)).fourEyes,
    fileName: options.fileName,
    createdSources: [],
    events: [],
    refused: [],
    kept: 0,
  };
  const orphaned = anchors.filter((x) => x.anchorStatus === "orphan").length;
  try {
    const now = Date.now();
    for (let from = 0; from < document.claims.length; from += CLAIM_CHUNK) {
      await yieldToOthers();
      const to = Math.min(from + CLAIM_CHUNK, document.claims.length);
      // What a chunk adds to the context is kept only once it commits (a transaction may be
      // run again when another connection committed meanwhile).
      const done = await writeTransaction(async (tx) => {
        const local: ImportContext = { ...ctx, createdSources: [], events: [], refused: [], kept: 0 };
        const sources = await sourcesFor(tx, local, document.claims.slice(from, to));
        for (let i = from; i < to; i++) await importClaim(tx, local, document.claims[i], anchors[i], now, sources);
        return local;
      });
      ctx.createdSources.push(...done.createdSources);
      ctx.events.push(...done.events);
      ctx.refused.push(...done.refused);
      ctx.kept += done.kept;
    }
    await yieldToOthers();
    await writeTransaction(async (tx) => {
      await revealArticle(tx, article.id);
      ratingScale = await adoptImportedRatingScale(tx, actor, document.ratingScale);
      await appendEvents(tx, actor, [
        {
          type: "article.imported",
          targetType: "article",
          targetId: article.id,
          articleId: article.id,
          after: { title: article.title, format: document.format, exportedAt: document.exportedAt, fileName: options.fileName, claims: document.claims.length, orphaned, approvalsKept: ctx.kept },
        },
        ...ctx.events,
      ]);
    });
  } catch (error) {
    await discardImport(article.id, ctx.createdSources);
    throw error;
  }
  return {
    id: article.id,
    title: article.title,
    claims: document.claims.length,
    orphaned,
    unmatchedPeople: [...ctx.unmatched].sort(),
    approvalsKept: ctx.kept,
    approvalsRefused: ctx.refused,
    ratingScale,
  };
}
