import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/domain/actor";
import type { AnchorStatus, ReviewState, Stance, Verdict } from "@/lib/domain/enums";
import type { ClaimView, LinkedSourceView, ReviewNoteView } from "@/lib/contracts/claims";
import type { PersonRef } from "@/lib/contracts/common";
import type { Anchor } from "@/lib/anchoring";
import type { ClaimAnchor, ClaimAnchorUpdate } from "@/lib/revisions";
import type { Db, Tx } from "./client";
import { readAll, readAllRaw, readSnapshot } from "./sqlite/read-connection";
import { fastDb, sqlDate, sqliteDateTime, statement } from "./sqlite/write-connection";
import { cuid } from "./sqlite/cuid";
import type SqliteDatabase from "better-sqlite3";
import { isPostgres } from "./database-url";
import { anchorUpdateSql } from "./postgres/sql";

type Client = Tx | Db;
type SqliteDb = SqliteDatabase.Database;

/**
 * The claims aggregate (issue 16): the one claim view and where it is mapped, whatever the
 * query path (ORM include, the prepared-statement fast path, the export), and every claim
 * read and write of the use cases. Functions take a handle (`Tx` inside `writeTransaction`,
 * `Db`/`Tx` for reads) and return plain DTOs.
 */

// ---------------------------------------------------------------------------------------
// The view

/**
 * The claim view is a response type of the API, declared once in lib/contracts/claims.ts (the
 * registry the UI reads); this file maps rows to it. The data layer imports the contracts'
 * types only (`import type`: no zod at run time, and lib/contracts imports nothing from
 * lib/data, so there is no cycle). Re-exported for the layer's callers.
 */
export type { ClaimView, LinkedSourceView, PersonRef, ReviewNoteView };

/**
 * What the mapping reads: a claim's own columns (`ClaimColumnValues`), the people it names,
 * its linked sources and its live comment count. The ORM gives the columns as they are (an
 * include gives the people too); the SQL paths convert their rows to the same columns
 * (`columnsFromSql`, `claimRowFromList`); either way `toClaimView` is the one mapping, so a new
 * column is mapped in one place. (The SQL paths must still select it: CLAIM_SELECT, passed
 * through as it is, and CLAIM_LIST_COLUMNS, whose positional reader the compiler points at
 * because its result must hold every column; claim-paths.test.ts compares both with the ORM.)
 */
type DateColumn = "approvedAt" | "createdAt" | "updatedAt" | "deletedAt" | "reviewNoteAt";
export type ClaimColumnValues = Omit<ClaimColumns, DateColumn | "importedHistory"> & {
  approvedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt: Instant | null;
  reviewNoteAt: Instant | null;
};

/** The people a claim names, as the view shows them. */
export interface ClaimPeople {
  assignee: PersonRef | null;
  verdictSetBy: PersonRef | null;
  approvedBy: PersonRef | null;
  createdBy: PersonRef;
  updatedBy: PersonRef;
  reviewNoteBy?: PersonRef | null;
}

export interface LinkedSourceRecord {
  sourceId: string;
  stance: string;
  excerpt: string | null;
  linkedAt: Instant;
  url: string;
  title: string;
  publisher: string | null;
  accessedAt: Instant | null;
  archiveUrl: string | null;
  author: string | null;
  publishedAt: Instant | null;
  lastArchiveId: string | null;
  lastArchivedAt: Instant | null;
}

/**
 * An instant as the mapping takes it: a Date from the ORM, or text already in
 * `toISOString()` form from the SQL path (`sqlInstant`). Parsing 2,000 claims' dates into
 * Date objects only to print them again cost milliseconds per big-article read.
 */
export type Instant = Date | string;
const iso = (v: Instant): string => (typeof v === "string" ? v : v.toISOString());
const isoOrNull = (v: Instant | null): string | null => (v === null ? null : iso(v));
const isoDay = (d: Instant | null) => (d ? iso(d).slice(0, 10) : null);

/** The note is only news while the claim is back with the editor (open). */
export function reviewNoteView(c: Pick<ClaimColumnValues, "reviewState" | "reviewNote" | "reviewNoteAction" | "reviewNoteAt">, by: PersonRef | null): ReviewNoteView | null {
  if (c.reviewState !== "open" || !c.reviewNote || !c.reviewNoteAt) return null;
  return { action: c.reviewNoteAction === "reopen" ? "reopen" : "send_back", note: c.reviewNote, by, at: iso(c.reviewNoteAt) };
}

function toLinkedSourceView(s: LinkedSourceRecord): LinkedSourceView {
  return {
    sourceId: s.sourceId,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    excerpt: s.excerpt,
    stance: s.stance as Stance,
    accessedAt: isoDay(s.accessedAt),
    archiveUrl: s.archiveUrl,
    author: s.author,
    publishedAt: isoDay(s.publishedAt),
    archiveId: s.lastArchiveId,
    archivedAt: isoOrNull(s.lastArchivedAt),
    linkedAt: iso(s.linkedAt),
  };
}

/** The one mapping from a stored claim (its columns, people, source links and comment count) to the API's claim view. */
export function toClaimView(c: ClaimColumnValues, people: ClaimPeople, sources: readonly LinkedSourceRecord[], commentCount: number): ClaimView {
  return {
    id: c.id,
    articleId: c.articleId,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    start: c.start,
    end: c.end,
    anchorStatus: c.anchorStatus as AnchorStatus,
    previousExact: c.previousExact,
    claimant: c.claimant,
    normalized: c.normalized,
    verdict: c.verdict as Verdict,
    rationale: c.rationale,
    reviewState: c.reviewState as ReviewState,
    assignee: people.assignee,
    verdictSetBy: people.verdictSetBy,
    approvedBy: people.approvedBy,
    approvedAt: isoOrNull(c.approvedAt),
    version: c.version,
    createdBy: people.createdBy,
    updatedBy: people.updatedBy,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    deletedAt: isoOrNull(c.deletedAt),
    sources: sources.map(toLinkedSourceView),
    commentCount,
    reviewNote: reviewNoteView(c, people.reviewNoteBy ?? null),
  };
}

// ---------------------------------------------------------------------------------------
// The ORM path

const personSelect = { select: { id: true, name: true } } as const;

/** The Prisma selection every claim read uses (columns, people, links and count: what `toClaimView` takes). */
export const claimInclude = {
  assignee: personSelect,
  createdBy: personSelect,
  updatedBy: personSelect,
  approvedBy: personSelect,
  verdictSetBy: personSelect,
  reviewNoteBy: personSelect,
  // Links made in the same millisecond fall back to the URL, so the order is stable on every path.
  sources: { include: { source: true }, orderBy: [{ createdAt: "asc" }, { source: { url: "asc" } }] },
  _count: { select: { comments: { where: { deletedAt: null } } } },
} satisfies Prisma.ClaimInclude;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
type ClaimColumns = Prisma.ClaimGetPayload<object>;
type LinkRow = ClaimRow["sources"][number];

function linkRecord(cs: LinkRow): LinkedSourceRecord {
  return {
    sourceId: cs.sourceId,
    stance: cs.stance,
    excerpt: cs.excerpt,
    linkedAt: cs.createdAt,
    url: cs.source.url,
    title: cs.source.title,
    publisher: cs.source.publisher,
    accessedAt: cs.source.accessedAt,
    archiveUrl: cs.source.archiveUrl,
    author: cs.source.author ?? null,
    publishedAt: cs.source.publishedAt ?? null,
    lastArchiveId: cs.source.lastArchiveId ?? null,
    lastArchivedAt: cs.source.lastArchivedAt ?? null,
  };
}

/** An ORM row read with `claimInclude` as a view (for other stores of lib/data that join claims). */
export const claimViewFromRow = (c: ClaimRow) => toClaimView(c, c, c.sources.map(linkRecord), c._count.comments);
const fromRow = claimViewFromRow;

/**
 * One claim; deleted claims only with `includeDeleted` (Undo, restore). On SQLite two SQL
 * statements on the caller's handle (inside its transaction when it is one) replace the
 * ORM include, which Prisma runs as eight queries (one per related user, the sources and
 * their count): the read of every claim update, source link and comment. `findClaimOrm` is
 * the reference; tests/integration/claims/claim-paths.test.ts keeps them equal.
 */
export async function findClaim(client: Client, claimId: string, opts: { includeDeleted?: boolean } = {}): Promise<ClaimView | null> {
  if (isPostgres()) return findClaimOrm(client, claimId, opts);
  const live = opts.includeDeleted ? "" : " AND c.deletedAt IS NULL";
  const fast = fastDb(client);
  if (fast) {
    const row = statement(fast, `${CLAIM_SELECT} WHERE c.id = ?${live}`).get(claimId) as ClaimRowSql | undefined;
    if (!row) return null;
    const sources = statement(fast, `${SOURCE_SELECT} WHERE cs.claimId = ? ${SOURCE_ORDER}`).all(claimId) as SourceRowSql[];
    return claimFromSql(row, sources.map(linkFromSql));
  }
  const [rows, sources] = await Promise.all([
    client.$queryRawUnsafe<ClaimRowSql[]>(`${CLAIM_SELECT} WHERE c.id = ?${live}`, claimId),
    client.$queryRawUnsafe<SourceRowSql[]>(`${SOURCE_SELECT} WHERE cs.claimId = ? ${SOURCE_ORDER}`, claimId),
  ]);
  return rows[0] ? claimFromSql(rows[0], sources.map(linkFromSql)) : null;
}

/** One claim through the ORM (the reference for `findClaim`). */
export async function findClaimOrm(client: Client, claimId: string, opts: { includeDeleted?: boolean } = {}): Promise<ClaimView | null> {
  const row = await client.claim.findFirst({ where: { id: claimId, ...(opts.includeDeleted ? {} : { deletedAt: null }) }, include: claimInclude });
  return row ? fromRow(row) : null;
}

/** An article's live claims in document order, through the ORM (the reference for the fast path). */
export async function listArticleClaimsOrm(client: Client, articleId: string): Promise<ClaimView[]> {
  return (await claimRowsInOrder(client, { articleId, deletedAt: null }, [{ start: "asc" }, { end: "desc" }])).map(fromRow);
}

/** Claims per relation query: Prisma 7 refuses an include over more than 999 parents on SQLite. */
const INCLUDE_CHUNK = 400;

/**
 * Claims matching `where`, in `orderBy` order, each read with `claimInclude`. Prisma 7 loads an
 * include with one `IN (…)` list of every parent id and, on SQLite, refuses more than 999 bound
 * values ("The query parameter limit supported by your database is exceeded"): an article with
 * 1,000 claims could not be exported. The ids are read first, then the rows in chunks (inside the
 * caller's transaction when it is one, so one snapshot).
 */
async function claimRowsInOrder(client: Client, where: Prisma.ClaimWhereInput, orderBy: Prisma.ClaimOrderByWithRelationInput[]): Promise<ClaimRow[]> {
  const ids = (await client.claim.findMany({ where, orderBy, select: { id: true } })).map((r) => r.id);
  const byId = new Map<string, ClaimRow>();
  for (let i = 0; i < ids.length; i += INCLUDE_CHUNK) {
    for (const row of await client.claim.findMany({ where: { id: { in: ids.slice(i, i + INCLUDE_CHUNK) } }, include: claimInclude })) byId.set(row.id, row);
  }
  // A claim deleted between the two reads (outside a transaction) is simply left out.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Live claims in export order (document order, then creation), through the one mapping. The
 * export adds emails, comments and history by id.
 */
export async function listClaimsForExport(client: Client, articleId: string): Promise<ClaimView[]> {
  return (await claimRowsInOrder(client, { articleId, deletedAt: null }, [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }])).map(fromRow);
}

// ---------------------------------------------------------------------------------------
// Writes

export interface NewClaim extends Anchor {
  claimant: string | null;
  normalized: string | null;
  verdict: string;
  rationale: string;
}

/** A new claim made by `actor` (anchored), composed without reading it back. */
export async function insertClaim(tx: Tx, actor: PersonRef, articleId: string, fields: NewClaim): Promise<ClaimView> {
  const fast = fastDb(tx);
  const claim = fast
    ? insertClaimSql(fast, actor, articleId, fields)
    : await tx.claim.create({
    data: {
      articleId,
      ...fields,
      anchorStatus: "anchored",
      verdictSetById: fields.verdict !== "unchecked" ? actor.id : null,
      createdById: actor.id,
      updatedById: actor.id,
    },
  });
  // A new claim's relations are known: the actor made it, and it has no sources, comments,
  // assignee or approval yet.
  const me = { id: actor.id, name: actor.name };
  return toClaimView(claim, { createdBy: me, updatedBy: me, verdictSetBy: claim.verdictSetById ? me : null, assignee: null, approvedBy: null, reviewNoteBy: null }, [], 0);
}

/** The columns a use case may change on a claim (the version and updatedBy are set here). */
export interface ClaimChange {
  claimant?: string | null;
  normalized?: string | null;
  verdict?: string;
  rationale?: string;
  assigneeId?: string | null;
  /** With `verdict`: who set it (the actor, unless given). */
  anchor?: Anchor;
  reviewState?: string;
  approvedById?: string | null;
  approvedAt?: Date | null;
  reviewNote?: string | null;
  reviewNoteAction?: string | null;
  reviewNoteById?: string | null;
  reviewNoteAt?: Date | null;
  deletedAt?: Date | null;
}

/** Relations a use case already knows after its change, so the view needs no read-back. */
export interface KnownRelations {
  assignee?: PersonRef | null;
  sources?: LinkedSourceView[];
}

/**
 * Applies a change to a claim the caller has read (`current`) in this transaction: only if
 * its version is still `current.version` (else Prisma's not-found error, a lost race), bumping
 * the version and stamping `actor` as its last editor. A new verdict is the actor's; a new
 * span is anchored. With `known`, the view is composed from `current`, the written row and
 * what the caller knows changed (no read-back); otherwise it is read back.
 */
export async function changeClaim(tx: Tx, actor: PersonRef, current: ClaimView, change: ClaimChange, known?: KnownRelations): Promise<ClaimView> {
  const { anchor, ...columns } = change;
  const where = { id: current.id, version: current.version };
  const data = {
    ...columns,
    ...(change.verdict !== undefined ? { verdictSetById: actor.id } : {}),
    ...(anchor ? { ...anchor, anchorStatus: "anchored", previousExact: null } : {}),
    version: { increment: 1 },
    updatedById: actor.id,
  };
  const fast = fastDb(tx);
  if (fast) {
    const updated = updateClaimSql(fast, current, data as ClaimChangeSql);
    if (!known) return (await findClaim(tx, current.id, { includeDeleted: true }))!;
    return composeChangedClaim(actor, current, change, known, updated);
  }
  if (!known) return fromRow(await tx.claim.update({ where, data, include: claimInclude }));
  return composeChangedClaim(actor, current, change, known, await tx.claim.update({ where, data }));
}

/** The view after a change, from the claim read before it, the written columns and what the caller knows. */
function composeChangedClaim(actor: PersonRef, current: ClaimView, change: ClaimChange, known: KnownRelations, row: ClaimColumnValues): ClaimView {
  const me = { id: actor.id, name: actor.name };
  const people: ClaimPeople = {
    createdBy: current.createdBy,
    updatedBy: me,
    verdictSetBy: change.verdict !== undefined ? me : current.verdictSetBy,
    approvedBy: current.approvedBy,
    assignee: "assignee" in known ? known.assignee ?? null : current.assignee,
    reviewNoteBy: current.reviewNote?.by ?? null,
  };
  const view = toClaimView(row, people, [], current.commentCount);
  return { ...view, sources: known.sources ?? current.sources };
}

// ---------------------------------------------------------------------------------------
// Sources linked to a claim

export interface SourceRow {
  id: string;
  url: string;
  title: string;
}

export async function findSource(client: Client, sourceId: string): Promise<SourceRow | null> {
  const fast = fastDb(client);
  if (fast) return (statement(fast, `SELECT id, url, title FROM "Source" WHERE id = ?`).get(sourceId) as SourceRow | undefined) ?? null;
  return client.source.findUnique({ where: { id: sourceId }, select: { id: true, url: true, title: true } });
}

/** The source stored for a (normalised) URL, created with these details when there is none. */
export async function findOrCreateSource(
  tx: Tx,
  actor: Pick<Actor, "id">,
  url: string,
  details: { title: string; publisher: string | null; author: string | null; publishedAt: Date | null; accessedAt: Date | null; archiveUrl: string | null },
): Promise<SourceRow> {
  const fast = fastDb(tx);
  if (fast) return findOrCreateSourceSql(fast, actor, url, details);
  return tx.source.upsert({ where: { url }, create: { url, ...details, createdById: actor.id }, update: {}, select: { id: true, url: true, title: true } });
}

/**
 * Links a source to a claim, or updates the stance (and the excerpt, when given) of an
 * existing link; returns the claim's linked sources in their order, without reading the
 * others back.
 */
export async function upsertSourceLink(
  tx: Tx,
  actor: Pick<Actor, "id">,
  claim: ClaimView,
  sourceId: string,
  link: { stance: string; excerpt?: string | null },
): Promise<LinkedSourceView[]> {
  const fast = fastDb(tx);
  const view = fast
    ? toLinkedSourceView(upsertSourceLinkSql(fast, actor, claim.id, sourceId, link))
    : toLinkedSourceView(
        linkRecord(
          await tx.claimSource.upsert({
            where: { claimId_sourceId: { claimId: claim.id, sourceId } },
            create: { claimId: claim.id, sourceId, stance: link.stance, excerpt: link.excerpt ?? null, createdById: actor.id },
            update: { stance: link.stance, ...(link.excerpt !== undefined ? { excerpt: link.excerpt } : {}) },
            include: { source: true },
          }),
        ),
      );
  const existing = claim.sources.some((s) => s.sourceId === sourceId);
  return existing ? claim.sources.map((s) => (s.sourceId === sourceId ? view : s)) : [...claim.sources, view];
}

export async function deleteSourceLink(tx: Tx, claimId: string, sourceId: string): Promise<void> {
  await tx.claimSource.delete({ where: { claimId_sourceId: { claimId, sourceId } } });
}

/** A live claim of a live article to copy from: its verdict, rationale, quote, article title and source links. */
export async function findClaimToCopy(client: Client, claimId: string) {
  const from = await client.claim.findFirst({
    where: { id: claimId, deletedAt: null, article: { deletedAt: null } },
    select: {
      exact: true,
      verdict: true,
      rationale: true,
      article: { select: { title: true } },
      sources: { orderBy: { createdAt: "asc" }, select: { sourceId: true, stance: true, excerpt: true } },
    },
  });
  return from ? { exact: from.exact, verdict: from.verdict, rationale: from.rationale, articleTitle: from.article.title, sources: from.sources } : null;
}

/**
 * Links several sources to a claim in one statement (no link may exist yet), in the order
 * given: links are listed by time, so each gets its own millisecond.
 */
export async function insertSourceLinks(tx: Tx, actor: Pick<Actor, "id">, claimId: string, links: ReadonlyArray<{ sourceId: string; stance: string; excerpt: string | null }>): Promise<void> {
  if (links.length === 0) return;
  const now = Date.now();
  await tx.claimSource.createMany({
    data: links.map((s, i) => ({ claimId, sourceId: s.sourceId, stance: s.stance, excerpt: s.excerpt, createdById: actor.id, createdAt: new Date(now + i) })),
  });
}

/** The quote a claim was stored with and whether it was imported with a history (claim history page). */
export async function findClaimProvenance(client: Client, claimId: string): Promise<{ id: string; exact: string; importedHistory: string | null } | null> {
  return client.claim.findUnique({ where: { id: claimId }, select: { id: true, exact: true, importedHistory: true } });
}

/** What a bulk review step needs to decide per claim (live claims only). */
export interface BulkClaimState {
  id: string;
  articleId: string;
  exact: string;
  version: number;
  reviewState: string;
  verdict: string;
  rationale: string;
  verdictSetById: string | null;
  assigneeId: string | null;
  sourceCount: number;
}

export async function findClaimsForBulk(tx: Tx, ids: readonly string[]): Promise<BulkClaimState[]> {
  const rows = await tx.claim.findMany({
    where: { id: { in: [...ids] }, deletedAt: null },
    select: { id: true, articleId: true, exact: true, version: true, reviewState: true, verdict: true, rationale: true, verdictSetById: true, assigneeId: true, _count: { select: { sources: true } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, sourceCount: _count.sources }));
}

/**
 * One UPDATE for many claims (bulk assign or submit), guarded: only live claims not approved
 * meanwhile change. Returns how many changed.
 */
export async function changeClaimsInBulk(tx: Tx, actor: PersonRef, ids: readonly string[], change: Pick<ClaimChange, "assigneeId" | "reviewState" | "reviewNote" | "reviewNoteAction" | "reviewNoteById" | "reviewNoteAt">, now: Date): Promise<number> {
  const result = await tx.claim.updateMany({
    where: { id: { in: [...ids] }, deletedAt: null, reviewState: { not: "approved" } },
    data: { ...change, version: { increment: 1 }, updatedById: actor.id, updatedAt: now },
  });
  return result.count;
}

// ---------------------------------------------------------------------------------------
// Anchors (revisions)

/** The live claims' anchors, versions and review states (what re-anchoring plans on). */
export async function listClaimAnchors(client: Client, articleId: string): Promise<Array<ClaimAnchor & { id: string; version: number; reviewState: ReviewState }>> {
  const rows = await client.claim.findMany({
    where: { articleId, deletedAt: null },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true, previousExact: true, version: true, reviewState: true },
  });
  return rows.map((c) => ({ ...c, anchorStatus: c.anchorStatus as AnchorStatus, reviewState: c.reviewState as ReviewState }));
}

export async function listClaimVersions(client: Client, articleId: string): Promise<Array<{ id: string; version: number }>> {
  return client.claim.findMany({ where: { articleId, deletedAt: null }, select: { id: true, version: true } });
}

/** Rows per bulk statement, well under SQLite's 32,766 parameters. */
const UPDATE_CHUNK = 1_000;

/**
 * Writes re-anchored claims. A revision of a long article moves thousands of claims; one
 * UPDATE … FROM (VALUES …) per thousand rows costs tens of milliseconds where an ORM update
 * per claim (about 4 ms each here) costs seconds. Moving with the text is not an edit: only
 * a change of status or words (`significant`) bumps a claim's version and its updatedBy.
 * Equivalent to `changeClaim` per row (tests/integration/claims/claim-paths.test.ts).
 */
export async function applyAnchorUpdates(tx: Tx, actor: Pick<Actor, "id">, updates: readonly ClaimAnchorUpdate[]): Promise<void> {
  // Timestamps are written in the format Prisma stores (ISO 8601 with an explicit offset).
  const now = sqliteDateTime(new Date());
  for (let i = 0; i < updates.length; i += UPDATE_CHUNK) {
    const chunk = updates.slice(i, i + UPDATE_CHUNK);
    const values = chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
    const params = chunk.flatMap((u) => [u.id, u.data.exact, u.data.prefix, u.data.suffix, u.data.start, u.data.end, u.data.anchorStatus, u.data.previousExact, u.significant ? 1 : 0]);
    await tx.$executeRawUnsafe(
      isPostgres() ? anchorUpdateSql(chunk.length) : `UPDATE "Claim" SET "exact" = v.column2, "prefix" = v.column3, "suffix" = v.column4, "start" = v.column5, "end" = v.column6,
         "anchorStatus" = v.column7, "previousExact" = v.column8, "version" = "Claim"."version" + v.column9,
         "updatedById" = CASE WHEN v.column9 = 1 THEN ? ELSE "Claim"."updatedById" END,
         "updatedAt" = CASE WHEN v.column9 = 1 THEN ? ELSE "Claim"."updatedAt" END
       FROM (VALUES ${values}) AS v WHERE "Claim"."id" = v.column1`,
      actor.id,
      now,
      ...params,
    );
  }
}

/** Clears the approval of these claims (still approved) and sends them back to review. */
export async function withdrawApprovals(tx: Tx, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += UPDATE_CHUNK) {
    await tx.claim.updateMany({
      where: { id: { in: ids.slice(i, i + UPDATE_CHUNK) }, reviewState: "approved" },
      data: { reviewState: "needs_review", approvedById: null, approvedAt: null },
    });
  }
}

// ---------------------------------------------------------------------------------------
// Dashboard

export async function countClaimsByVerdictAndState(client: Client, articleId: string): Promise<Array<{ verdict: string; reviewState: string; count: number }>> {
  const groups = await client.claim.groupBy({ by: ["verdict", "reviewState"], where: { articleId, deletedAt: null }, _count: { _all: true } });
  return groups.map((g) => ({ verdict: g.verdict, reviewState: g.reviewState, count: g._count._all }));
}

// ---------------------------------------------------------------------------------------
// The fast path: prepared statements on the read-only connection

/**
 * The workbench loads every claim of an article at once (2,000 on a long one), where the
 * ORM's per-row cost dominates: two prepared statements on the read-only connection give the
 * same columns and people (same mapping, `toClaimView`) in a tenth of the time. Committed data only.
 * `listArticleClaimsOrm` is the reference: tests/integration/claims/claim-paths.test.ts keeps
 * them equal.
 */
/** A DATETIME as SQLite hands it over: ISO text from Prisma's writes, epoch ms from raw writers, a Date through $queryRaw. */
type SqlDate = string | number | Date;

interface ClaimRowSql {
  id: string;
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | bigint;
  end: number | bigint;
  anchorStatus: string;
  previousExact: string | null;
  claimant: string | null;
  normalized: string | null;
  verdict: string;
  rationale: string;
  reviewState: string;
  approvedAt: SqlDate | null;
  version: number | bigint;
  createdAt: SqlDate;
  updatedAt: SqlDate;
  deletedAt: SqlDate | null;
  assigneeId: string | null;
  assigneeName: string | null;
  verdictSetById: string | null;
  verdictSetByName: string | null;
  approvedById: string | null;
  approvedByName: string | null;
  createdById: string;
  createdByName: string;
  updatedById: string;
  updatedByName: string;
  commentCount: number | bigint;
  reviewNote: string | null;
  reviewNoteAction: string | null;
  reviewNoteAt: SqlDate | null;
  reviewNoteById: string | null;
  reviewNoteByName: string | null;
}

interface SourceRowSql {
  claimId: string;
  sourceId: string;
  stance: string;
  excerpt: string | null;
  linkedAt: SqlDate;
  url: string;
  title: string;
  publisher: string | null;
  accessedAt: SqlDate | null;
  archiveUrl: string | null;
  author: string | null;
  publishedAt: SqlDate | null;
  lastArchiveId: string | null;
  lastArchivedAt: SqlDate | null;
}

const CLAIM_SELECT = `
SELECT c.id, c.articleId, c.exact, c.prefix, c.suffix, c.start, c."end", c.anchorStatus, c.previousExact,
       c.claimant, c.normalized, c.verdict, c.rationale, c.reviewState, c.approvedAt, c.version, c.createdAt, c.updatedAt, c.deletedAt,
       c.assigneeId, a.name AS assigneeName, c.verdictSetById, vs.name AS verdictSetByName,
       c.approvedById, ap.name AS approvedByName, c.createdById, cb.name AS createdByName, c.updatedById, ub.name AS updatedByName,
       c.reviewNote, c.reviewNoteAction, c.reviewNoteAt, c.reviewNoteById, rn.name AS reviewNoteByName,
       (SELECT COUNT(*) FROM Comment m WHERE m.claimId = c.id AND m.deletedAt IS NULL) AS commentCount
  FROM Claim c
  LEFT JOIN User a ON a.id = c.assigneeId
  LEFT JOIN User vs ON vs.id = c.verdictSetById
  LEFT JOIN User ap ON ap.id = c.approvedById
  JOIN User cb ON cb.id = c.createdById
  JOIN User ub ON ub.id = c.updatedById
  LEFT JOIN User rn ON rn.id = c.reviewNoteById`;

const SOURCE_SELECT = `
SELECT cs.claimId, cs.sourceId, cs.stance, cs.excerpt, cs.createdAt AS linkedAt,
       s.url, s.title, s.publisher, s.accessedAt, s.archiveUrl, s.author, s.publishedAt, s.lastArchiveId, s.lastArchivedAt
  FROM ClaimSource cs
  JOIN Source s ON s.id = cs.sourceId`;
const SOURCE_ORDER = "ORDER BY cs.createdAt ASC, s.url ASC";

const SOURCES_SQL = `${SOURCE_SELECT}
  JOIN Claim c ON c.id = cs.claimId
 WHERE c.articleId = ? AND c.deletedAt IS NULL
 ${SOURCE_ORDER}`;

const sqlDateOrNull = (v: SqlDate | null) => (v === null ? null : sqlDate(v));
/** Prisma's stored DateTime text, e.g. "2026-12-02T19:40:24.108+00:00" (UTC, milliseconds). */
const STORED_UTC = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})(?:Z|\+00:00)$/;
/** A stored DATETIME as an `Instant`: Prisma's UTC text becomes `toISOString()` text without a Date. */
const sqlInstant = (v: SqlDate): Instant => {
  const m = typeof v === "string" ? STORED_UTC.exec(v) : null;
  return m ? m[1] + "Z" : sqlDate(v);
};
const sqlInstantOrNull = (v: SqlDate | null) => (v === null ? null : sqlInstant(v));
const person = (id: string | null, name: string | null): PersonRef | null => (id && name !== null ? { id, name } : null);

/**
 * An article's claims without the joins: the people's names and comment counts are read once
 * for the whole article below. On the 2,000-claim article the joined query (six user joins and
 * a count per claim, each row built as an object) took ~18 ms; this one as raw rows ~6 ms.
 * Columns in CLAIM_LIST_COLUMNS order.
 */
const CLAIM_LIST_COLUMNS = [
  "id", "articleId", "exact", "prefix", "suffix", "start", "end", "anchorStatus", "previousExact", "claimant", "normalized", "verdict", "rationale",
  "reviewState", "approvedAt", "version", "createdAt", "updatedAt", "deletedAt", "assigneeId", "verdictSetById", "approvedById", "createdById",
  "updatedById", "reviewNote", "reviewNoteAction", "reviewNoteAt", "reviewNoteById",
] as const;
const CLAIM_LIST_SQL = `SELECT ${CLAIM_LIST_COLUMNS.map((c) => `c."${c}"`).join(", ")}
  FROM Claim c
 WHERE c.articleId = ? AND c.deletedAt IS NULL
 ORDER BY c.start ASC, c."end" DESC`;
const COMMENT_COUNTS_SQL = `SELECT m.claimId, COUNT(*)
  FROM Comment m JOIN Claim c ON c.id = m.claimId
 WHERE c.articleId = ? AND c.deletedAt IS NULL AND m.deletedAt IS NULL
 GROUP BY m.claimId`;
const USER_NAMES_SQL = `SELECT id, name FROM User WHERE id IN (SELECT value FROM json_each(?))`;

/**
 * A CLAIM_LIST_SQL row (an array) as the claim's columns (the shape `columnsFromSql` gives)
 * and its people, names from `names`. Positional, as raw rows are: one object per row instead
 * of better-sqlite3 building one property by property, and a second for the columns.
 */
function claimRowFromList(r: unknown[], names: Map<string, string>): ClaimColumnValues & ClaimPeople {
  const text = (k: number) => r[k] as string | null;
  const who = (k: number) => person(r[k] as string | null, r[k] === null ? null : (names.get(r[k] as string) ?? null));
  return {
    id: r[0] as string,
    articleId: r[1] as string,
    exact: r[2] as string,
    prefix: r[3] as string,
    suffix: r[4] as string,
    start: Number(r[5]),
    end: Number(r[6]),
    anchorStatus: r[7] as string,
    previousExact: text(8),
    claimant: text(9),
    normalized: text(10),
    verdict: r[11] as string,
    rationale: r[12] as string,
    reviewState: r[13] as string,
    approvedAt: sqlInstantOrNull(r[14] as SqlDate | null),
    version: Number(r[15]),
    createdAt: sqlInstant(r[16] as SqlDate),
    updatedAt: sqlInstant(r[17] as SqlDate),
    deletedAt: sqlInstantOrNull(r[18] as SqlDate | null),
    assigneeId: text(19),
    verdictSetById: text(20),
    approvedById: text(21),
    createdById: r[22] as string,
    updatedById: r[23] as string,
    reviewNote: text(24),
    reviewNoteAction: text(25),
    reviewNoteAt: sqlInstantOrNull(r[26] as SqlDate | null),
    reviewNoteById: text(27),
    assignee: who(19),
    verdictSetBy: who(20),
    approvedBy: who(21),
    createdBy: who(22)!,
    updatedBy: who(23)!,
    reviewNoteBy: who(27),
  };
}

/** An article's live claims, document order, on the fast path. Call inside `readSnapshot` to pair them with other reads. */
export function readArticleClaims(articleId: string): ClaimView[] {
  const sourcesByClaim = new Map<string, LinkedSourceRecord[]>();
  for (const s of readAll<SourceRowSql>(SOURCES_SQL, articleId)) {
    const list = sourcesByClaim.get(s.claimId) ?? [];
    list.push(linkFromSql(s));
    sourcesByClaim.set(s.claimId, list);
  }
  const rows = readAllRaw(CLAIM_LIST_SQL, articleId);
  const people = new Set<string>();
  for (const r of rows) for (const k of [19, 20, 21, 22, 23, 27]) if (r[k] !== null) people.add(r[k] as string);
  const names = new Map(readAllRaw(USER_NAMES_SQL, JSON.stringify([...people])).map(([id, name]) => [id as string, name as string]));
  const counts = new Map(readAllRaw(COMMENT_COUNTS_SQL, articleId).map(([id, n]) => [id as string, Number(n)]));
  return rows.map((r) => {
    const claim = claimRowFromList(r, names);
    return toClaimView(claim, claim, sourcesByClaim.get(claim.id) ?? NO_SOURCES, counts.get(claim.id) ?? 0);
  });
}

/** A source link row of SOURCE_SELECT as a record. */
function linkFromSql(s: SourceRowSql): LinkedSourceRecord {
  return {
    sourceId: s.sourceId,
    stance: s.stance,
    excerpt: s.excerpt,
    linkedAt: sqlInstant(s.linkedAt),
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    accessedAt: sqlInstantOrNull(s.accessedAt),
    archiveUrl: s.archiveUrl,
    author: s.author,
    publishedAt: sqlInstantOrNull(s.publishedAt),
    lastArchiveId: s.lastArchiveId,
    lastArchivedAt: sqlInstantOrNull(s.lastArchivedAt),
  };
}

const CLAIM_DATES = ["approvedAt", "reviewNoteAt", "deletedAt", "createdAt", "updatedAt"] as const satisfies readonly DateColumn[];
const CLAIM_INTEGERS = ["start", "end", "version"] as const;
const NO_SOURCES: readonly LinkedSourceRecord[] = [];

/**
 * A Claim row read by SQL (CLAIM_SELECT, `RETURNING *`) as the claim's columns, the shape the
 * ORM gives: dates as Instants (stored text passed through, see `sqlInstant`), integers as
 * numbers (a raw query may give bigints); every other column as it is.
 */
function columnsFromSql(row: Record<string, unknown>): ClaimColumnValues {
  const columns: Record<string, unknown> = { ...row };
  for (const key of CLAIM_DATES) columns[key] = row[key] === null || row[key] === undefined ? null : sqlInstant(row[key] as SqlDate);
  for (const key of CLAIM_INTEGERS) columns[key] = Number(row[key]);
  return columns as ClaimColumnValues;
}

/** A claim row of CLAIM_SELECT and its source links as the one view (`toClaimView`). */
function claimFromSql(c: ClaimRowSql, sources: LinkedSourceRecord[]): ClaimView {
  const people: ClaimPeople = {
    assignee: person(c.assigneeId, c.assigneeName),
    verdictSetBy: person(c.verdictSetById, c.verdictSetByName),
    approvedBy: person(c.approvedById, c.approvedByName),
    createdBy: { id: c.createdById, name: c.createdByName },
    updatedBy: { id: c.updatedById, name: c.updatedByName },
    reviewNoteBy: person(c.reviewNoteById, c.reviewNoteByName),
  };
  return toClaimView(columnsFromSql(c as unknown as Record<string, unknown>), people, sources, Number(c.commentCount));
}

// ---------------------------------------------------------------------------------------
// The hot writes on prepared statements (issue 16, item 7)
//
// Inside `hotWriteTransaction` (transaction.ts) on SQLite the handle is the write connection's
// (`fastDb`), and the writes above run these instead of the ORM: the same rows, ids made as
// Prisma makes them (cuid), DateTimes in Prisma's text format, the same view.
// tests/integration/claims/hot-writes.test.ts compares them with the ORM path row by row.

const INSERT_CLAIM_SQL = `INSERT INTO "Claim" ("id", "articleId", "exact", "prefix", "suffix", "start", "end", "anchorStatus", "claimant", "normalized", "verdict", "rationale",
  "verdictSetById", "createdById", "updatedById", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`;

function insertClaimSql(db: SqliteDb, actor: PersonRef, articleId: string, fields: NewClaim): ClaimColumnValues {
  const now = sqliteDateTime(new Date());
  const row = statement(db, INSERT_CLAIM_SQL).get(
    cuid(),
    articleId,
    fields.exact,
    fields.prefix,
    fields.suffix,
    fields.start,
    fields.end,
    fields.claimant,
    fields.normalized,
    fields.verdict,
    fields.rationale,
    fields.verdict !== "unchecked" ? actor.id : null,
    actor.id,
    actor.id,
    now,
    now,
  ) as Record<string, unknown>;
  return columnsFromSql(row);
}

/** The `data` changeClaim gives the ORM, as plain values (the version increment is implied). */
type ClaimChangeSql = Record<string, string | number | Date | null | undefined | { increment: number }>;

/** Columns changeClaim may set: anything else in `data` is a programming error. */
const CHANGEABLE = new Set([
  "claimant", "normalized", "verdict", "rationale", "assigneeId", "reviewState", "approvedById", "approvedAt", "reviewNote", "reviewNoteAction",
  "reviewNoteById", "reviewNoteAt", "deletedAt", "verdictSetById", "exact", "prefix", "suffix", "start", "end", "anchorStatus", "previousExact", "updatedById",
]);

/** UPDATE … WHERE id AND version (as the ORM's guarded update), bumping the version; the written row. */
function updateClaimSql(db: SqliteDb, current: ClaimView, data: ClaimChangeSql): ClaimColumnValues {
  const keys = Object.keys(data).filter((key) => key !== "version" && data[key] !== undefined);
  const params: Array<string | number | null> = [];
  for (const key of keys) {
    if (!CHANGEABLE.has(key)) throw new Error(`changeClaim: no such claim column "${key}"`);
    const value = data[key];
    params.push(value instanceof Date ? sqliteDateTime(value) : (value as string | number | null));
  }
  const sets = keys.map((key) => `"${key}" = ?`).join(", ");
  const sql = `UPDATE "Claim" SET ${sets}, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? AND "version" = ? RETURNING *`;
  const row = statement(db, sql).get(...params, sqliteDateTime(new Date()), current.id, current.version) as Record<string, unknown> | undefined;
  // The caller read the claim in this transaction, which holds the write lock: only a bug gets here.
  if (!row) throw new Error(`Claim ${current.id} at version ${current.version} was not found to update.`);
  return columnsFromSql(row);
}

const SOURCE_BY_URL_SQL = `SELECT "id", "url", "title" FROM "Source" WHERE "url" = ?`;
const INSERT_SOURCE_SQL = `INSERT INTO "Source" ("id", "url", "title", "publisher", "author", "publishedAt", "accessedAt", "archiveUrl", "createdById", "createdAt", "updatedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "url", "title"`;

function findOrCreateSourceSql(
  db: SqliteDb,
  actor: Pick<Actor, "id">,
  url: string,
  details: { title: string; publisher: string | null; author: string | null; publishedAt: Date | null; accessedAt: Date | null; archiveUrl: string | null },
): SourceRow {
  const found = statement(db, SOURCE_BY_URL_SQL).get(url) as SourceRow | undefined;
  if (found) return found;
  const now = sqliteDateTime(new Date());
  const date = (d: Date | null) => (d ? sqliteDateTime(d) : null);
  return statement(db, INSERT_SOURCE_SQL).get(
    cuid(), url, details.title, details.publisher, details.author, date(details.publishedAt), date(details.accessedAt), details.archiveUrl, actor.id, now, now,
  ) as SourceRow;
}

const UPSERT_LINK_SQL = (excerpt: boolean) => `INSERT INTO "ClaimSource" ("claimId", "sourceId", "stance", "excerpt", "createdById", "createdAt", "updatedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT ("claimId", "sourceId") DO UPDATE SET "stance" = excluded."stance",${excerpt ? ` "excerpt" = excluded."excerpt",` : ""} "updatedAt" = excluded."updatedAt"`;

function upsertSourceLinkSql(db: SqliteDb, actor: Pick<Actor, "id">, claimId: string, sourceId: string, link: { stance: string; excerpt?: string | null }): LinkedSourceRecord {
  const now = sqliteDateTime(new Date());
  statement(db, UPSERT_LINK_SQL(link.excerpt !== undefined)).run(claimId, sourceId, link.stance, link.excerpt ?? null, actor.id, now, now);
  return linkFromSql(statement(db, `${SOURCE_SELECT} WHERE cs.claimId = ? AND cs.sourceId = ?`).get(claimId, sourceId) as SourceRowSql);
}

export { readSnapshot };
