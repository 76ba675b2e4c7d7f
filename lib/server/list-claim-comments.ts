import { claimExists, listCommentsOfClaim, type CommentRecord } from "@/lib/data/comments";
import { withDb } from "@/lib/data/handle";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { renderMarkdown } from "@/lib/markdown";
import { authorize } from "./support/authorize";
import { highlightMentions } from "./support/mention-chips";
import type { CommentView, ThreadView } from "@/lib/contracts/comments";
export type { CommentView, ThreadView };

export function toCommentView(c: CommentRecord): CommentView {
  const deleted = !!c.deletedAt;
  return {
    id: c.id,
    claimId: c.claimId,
    parentId: c.parentId,
    author: deleted ? null : c.author,
    body: deleted ? "" : c.body,
    bodyHtml: deleted ? "" : highlightMentions(renderMarkdown(c.body), c.mentions.map((m) => m.name)),
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    deletedAt: c.deletedAt,
    mentions: deleted ? [] : c.mentions,
  };
}

/**
 * A claim's discussion as threads, oldest first. A deleted reply disappears; a deleted
 * first comment stays as a "comment deleted" placeholder while its thread has replies.
 */
export async function listClaimComments(actor: Actor, claimId: string): Promise<{ threads: ThreadView[] }> {
  authorize(actor, "article.read");
  const rows = await withDb(async (client) => {
    if (!(await claimExists(client, claimId))) throw notFound("The claim");
    return listCommentsOfClaim(client, claimId);
  });
  const threads = new Map<string, { root: CommentRecord; replies: CommentRecord[] }>();
  for (const row of rows) if (!row.parentId) threads.set(row.id, { root: row, replies: [] });
  for (const row of rows) {
    if (row.parentId && !row.deletedAt) threads.get(row.parentId)?.replies.push(row);
  }
  const result: ThreadView[] = [];
  for (const { root, replies } of threads.values()) {
    if (root.deletedAt && replies.length === 0) continue;
    result.push({
      root: toCommentView(root),
      replies: replies.map(toCommentView),
      resolvedAt: root.resolvedAt,
      resolvedBy: root.resolvedAt ? root.resolvedBy : null,
    });
  }
  return { threads: result };
}
