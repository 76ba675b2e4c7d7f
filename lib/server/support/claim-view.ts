import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorStatus, ReviewState, Stance, Verdict } from "@/lib/domain/enums";

/** The Prisma selection every claim read uses, so the API shape is defined once. */
export const claimInclude = {
  assignee: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  approvedBy: { select: { id: true, name: true } },
  verdictSetBy: { select: { id: true, name: true } },
  reviewNoteBy: { select: { id: true, name: true } },
  sources: { include: { source: true }, orderBy: { createdAt: "asc" } },
  _count: { select: { comments: { where: { deletedAt: null } } } },
} satisfies Prisma.ClaimInclude;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

export interface PersonRef {
  id: string;
  name: string;
}

export interface LinkedSourceView {
  sourceId: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: Stance;
  accessedAt: string | null;
  archiveUrl: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Factdesk's own newest archived copy of the source (view it at /archives/{id}). */
  archiveId: string | null;
  archivedAt: string | null;
  linkedAt: string;
}

/** The reviewer's note from a send-back or reopen: the editor sees it until they resubmit. */
export interface ReviewNoteView {
  action: "send_back" | "reopen";
  note: string;
  by: PersonRef | null;
  at: string;
}

export interface ClaimView {
  id: string;
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: AnchorStatus;
  previousExact: string | null;
  claimant: string | null;
  normalized: string | null;
  verdict: Verdict;
  rationale: string;
  reviewState: ReviewState;
  assignee: PersonRef | null;
  verdictSetBy: PersonRef | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  version: number;
  createdBy: PersonRef;
  updatedBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  sources: LinkedSourceView[];
  commentCount: number;
  /** Set while an open claim carries a reviewer's send-back or reopen note. */
  reviewNote?: ReviewNoteView | null;
}

/** The note is only news while the claim is back with the editor (open). */
export function reviewNoteView(c: { reviewState: string; reviewNote: string | null; reviewNoteAction: string | null; reviewNoteAt: Date | null }, by: PersonRef | null): ReviewNoteView | null {
  if (c.reviewState !== "open" || !c.reviewNote || !c.reviewNoteAt) return null;
  return { action: c.reviewNoteAction === "reopen" ? "reopen" : "send_back", note: c.reviewNote, by, at: c.reviewNoteAt.toISOString() };
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Use cases that compose a fresh claim by hand (create, copy) have no reviewer to join. */
type ClaimRowInput = Omit<ClaimRow, "reviewNoteBy"> & { reviewNoteBy?: PersonRef | null };

export function toClaimView(c: ClaimRowInput): ClaimView {
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
    assignee: c.assignee,
    verdictSetBy: c.verdictSetBy,
    approvedBy: c.approvedBy,
    approvedAt: c.approvedAt?.toISOString() ?? null,
    version: c.version,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    deletedAt: c.deletedAt?.toISOString() ?? null,
    sources: c.sources.map((cs) => ({
      sourceId: cs.sourceId,
      url: cs.source.url,
      title: cs.source.title,
      publisher: cs.source.publisher,
      excerpt: cs.excerpt,
      stance: cs.stance as Stance,
      accessedAt: isoDate(cs.source.accessedAt),
      archiveUrl: cs.source.archiveUrl,
      author: cs.source.author ?? null,
      publishedAt: isoDate(cs.source.publishedAt ?? null),
      archiveId: cs.source.lastArchiveId ?? null,
      archivedAt: cs.source.lastArchivedAt ? cs.source.lastArchivedAt.toISOString() : null,
      linkedAt: cs.createdAt.toISOString(),
    })),
    commentCount: c._count.comments,
    reviewNote: reviewNoteView(c, c.reviewNoteBy ?? null),
  };
}
