import type { RatingScale } from "@/lib/domain/rating-scale";
import type { AnchorStatus, ReviewState, Stance, Verdict } from "@/lib/domain/enums";

/**
 * Everything an export needs, already loaded from the database by the server use case.
 * Exporters are pure functions of this value (plus options), so they are tested without a
 * database and benchmarked in isolation.
 */
export interface ExportPerson {
  name: string;
  email?: string;
}

export interface ExportSource {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  /** The passage of the source that supports or refutes this claim (stored per link). */
  excerpt: string | null;
  stance: Stance;
  accessedAt: string | null; // ISO date (YYYY-MM-DD) or null
  archiveUrl: string | null;
}

export interface ExportComment {
  id: string;
  parentId: string | null;
  author: ExportPerson;
  body: string;
  createdAt: string; // ISO datetime
  editedAt: string | null;
  resolvedAt: string | null;
}

export interface ExportEvent {
  id: number;
  type: string; // e.g. "claim.created", "claim.updated"
  actor: ExportPerson | null;
  createdAt: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface ExportClaim {
  id: string;
  /** 1-based, in document order (by start offset, then end). */
  number: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: AnchorStatus;
  claimant: string | null;
  normalized: string | null; // one-line normalised claim
  verdict: Verdict;
  rationale: string; // Markdown
  reviewState: ReviewState;
  assignee: ExportPerson | null;
  createdBy: ExportPerson;
  createdAt: string;
  updatedAt: string;
  approvedBy: ExportPerson | null;
  approvedAt: string | null;
  sources: ExportSource[];
  comments: ExportComment[];
  history: ExportEvent[];
}

export interface ExportArticle {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null; // ISO date
  /** Plain-text projection: claims' start/end are offsets into this string. */
  text: string;
  /** Tiptap/ProseMirror JSON document. */
  doc: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface ExportInput {
  article: ExportArticle;
  /** All non-deleted claims, in document order; exporters filter by options.includeDrafts. */
  claims: ExportClaim[];
}

export interface ExportOptions {
  /** false (default): approved claims only. true: all claims, unapproved ones marked "draft". */
  includeDrafts: boolean;
  /** The fact-checking organisation (ClaimReview `author`). */
  organisation: { name: string; url: string };
  /** Absolute base URL of this Factdesk, used for links back to claims (e.g. http://localhost:3000). */
  baseUrl: string;
  generatedAt: string; // ISO datetime
  /** The newsroom's rating scale; the factdesk/1 JSON carries it so an import can restore it. */
  ratingScale?: RatingScale;
  /** Claim id → its anchor on the public fact-check page, for claims that are published (ClaimReview `url`). */
  publicClaimUrls?: Record<string, string>;
  /**
   * "reader" (default): a report for the public, without staff names. "internal": names
   * who created, was assigned and approved each claim. Data formats (JSON, W3C) ignore it.
   */
  audience?: ExportAudience;
}

export const EXPORT_AUDIENCES = ["reader", "internal"] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];

export const EXPORT_FORMATS = ["html", "pdf", "markdown", "csv", "json", "claimreview", "w3c"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
