import type { CorrectionChange } from "./snapshot";

/** GET /api/articles/{id}/publication: the workbench's view of an article's public page. */
export interface PublicationStatusView {
  published: boolean;
  status: "published" | "paused" | "unpublished";
  slug: string | null;
  url: string | null;
  version: number;
  publishedAt: string | null;
  pauseNote: string | null;
  /** Approved claims a (re)publish would put on the page now. */
  approvedClaims: number;
  /** What a republish would change for readers (non-empty: a correction note is needed). */
  pendingCorrections: CorrectionChange[];
}
