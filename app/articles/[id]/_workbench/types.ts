import type { Role } from "@/lib/domain/enums";
import type { ArticleView } from "@/lib/contracts/articles";
import type { ClaimView } from "@/lib/contracts/claims";

export type { ClaimView, LinkedSourceView, PersonRef } from "@/lib/contracts/claims";

/** What the signed-in person may do here; the server checks again on every request. */
export interface WorkbenchPermissions {
  createClaim: boolean;
  updateClaim: boolean;
  deleteClaim: boolean;
  linkSource: boolean;
  /** Edit the article text (new revisions). */
  updateArticle: boolean;
  /** Four-eyes is off: a reviewer may approve a verdict they set (absent: it is on). */
  approveOwnVerdict?: boolean;
}

export interface WorkbenchActor {
  id: string;
  name: string;
  role: Role;
}

export type WorkbenchArticle = Pick<ArticleView, "id" | "title" | "publisher" | "byline" | "url" | "publishedAt" | "doc" | "text" | "version" | "revisionNumber">;

export interface WorkbenchProps {
  article: WorkbenchArticle;
  claims: ClaimView[];
  actor: WorkbenchActor;
  can: WorkbenchPermissions;
  /** The newest event id when the page was rendered: the live feed continues from it. */
  cursor: number | null;
  /** `?claim=<id>`: the claim to open on load. */
  initialClaimId?: string | null;
}

export function toWorkbenchArticle(a: ArticleView): WorkbenchArticle {
  return { id: a.id, title: a.title, publisher: a.publisher, byline: a.byline, url: a.url, publishedAt: a.publishedAt, doc: a.doc, text: a.text, version: a.version, revisionNumber: a.revisionNumber };
}
