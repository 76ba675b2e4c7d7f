import type { AnchorStatus } from "@/lib/domain/enums";
import type { Tx } from "../client";
import { sqlDate, toClaimView, type ClaimView, type LinkedSourceRecord, type PersonRef } from "../claims";
import { transactionConnection } from "./transaction-connection";
import { statement } from "./write-connection";

/**
 * `findClaim` (lib/data/claims.ts) on the fast path, inside a write transaction (issue 16,
 * item 7): the claim view every hot write reads first (verdict update, source link, comment
 * checks), with two prepared statements on the transaction's own connection instead of
 * Prisma's include (one query per relation, about 1 ms each here). It sees the transaction's
 * own uncommitted writes, like the ORM call; tests/integration/data/claim-in-transaction.test.ts
 * keeps it equal to `findClaim`. Same mapping (`toClaimView`).
 */
const CLAIM_SQL = `
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
  LEFT JOIN User rn ON rn.id = c.reviewNoteById
 WHERE c.id = ? AND (? = 1 OR c.deletedAt IS NULL)`;

const SOURCES_SQL = `
SELECT cs.sourceId, cs.stance, cs.excerpt, cs.createdAt AS linkedAt,
       s.url, s.title, s.publisher, s.accessedAt, s.archiveUrl, s.author, s.publishedAt, s.lastArchiveId, s.lastArchivedAt
  FROM ClaimSource cs
  JOIN Source s ON s.id = cs.sourceId
 WHERE cs.claimId = ?
 ORDER BY cs.createdAt ASC, s.url ASC`;

interface ClaimRowSql {
  id: string;
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: string;
  previousExact: string | null;
  claimant: string | null;
  normalized: string | null;
  verdict: string;
  rationale: string;
  reviewState: string;
  approvedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
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
  commentCount: number;
  reviewNote: string | null;
  reviewNoteAction: string | null;
  reviewNoteAt: string | null;
  reviewNoteById: string | null;
  reviewNoteByName: string | null;
}

interface SourceRowSql {
  sourceId: string;
  stance: string;
  excerpt: string | null;
  linkedAt: string;
  url: string;
  title: string;
  publisher: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  author: string | null;
  publishedAt: string | null;
  lastArchiveId: string | null;
  lastArchivedAt: string | null;
}

const orNull = (v: string | number | null) => (v === null ? null : sqlDate(v));
const person = (id: string | null, name: string | null): PersonRef | null => (id && name !== null ? { id, name } : null);

/** One claim as `findClaim(tx, claimId, opts)` returns it, read inside the caller's transaction. */
export async function findClaimInTransaction(tx: Tx, claimId: string, opts: { includeDeleted?: boolean } = {}): Promise<ClaimView | null> {
  const conn = await transactionConnection(tx);
  const c = statement(conn, CLAIM_SQL).get(claimId, opts.includeDeleted ? 1 : 0) as ClaimRowSql | undefined;
  if (!c) return null;
  const sources: LinkedSourceRecord[] = (statement(conn, SOURCES_SQL).all(claimId) as SourceRowSql[]).map((s) => ({
    sourceId: s.sourceId,
    stance: s.stance,
    excerpt: s.excerpt,
    linkedAt: sqlDate(s.linkedAt),
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    accessedAt: orNull(s.accessedAt),
    archiveUrl: s.archiveUrl,
    author: s.author,
    publishedAt: orNull(s.publishedAt),
    lastArchiveId: s.lastArchiveId,
    lastArchivedAt: orNull(s.lastArchivedAt),
  }));
  return toClaimView({
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
    verdict: c.verdict,
    rationale: c.rationale,
    reviewState: c.reviewState,
    approvedAt: orNull(c.approvedAt),
    version: c.version,
    createdAt: sqlDate(c.createdAt),
    updatedAt: sqlDate(c.updatedAt),
    deletedAt: orNull(c.deletedAt),
    reviewNote: c.reviewNote,
    reviewNoteAction: c.reviewNoteAction,
    reviewNoteAt: orNull(c.reviewNoteAt),
    assignee: person(c.assigneeId, c.assigneeName),
    verdictSetBy: person(c.verdictSetById, c.verdictSetByName),
    approvedBy: person(c.approvedById, c.approvedByName),
    createdBy: { id: c.createdById, name: c.createdByName },
    updatedBy: { id: c.updatedById, name: c.updatedByName },
    reviewNoteBy: person(c.reviewNoteById, c.reviewNoteByName),
    sources,
    commentCount: Number(c.commentCount),
  });
}
