import type { Role } from "@/lib/domain/enums";
import type { ArticleView } from "@/lib/server/support/article-view";
import type { ClaimView } from "@/lib/server/support/claim-view";

export type { ClaimView, LinkedSourceView, PersonRef } from "@/lib/server/support/claim-view";

/** What the signed-in person may do here; the server checks again on every request. */
export interface WorkbenchPermissions {
  createClaim: boolean;
  updateClaim: boolean;
  deleteClaim: boolean;
  linkSource: boolean;
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
}
