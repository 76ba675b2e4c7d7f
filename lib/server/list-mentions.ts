import { listMentionsOf } from "@/lib/data/comments";
import { withDb } from "@/lib/data/handle";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";
import type { MentionView } from "@/lib/contracts/comments";
export type { MentionView };

const READ_SHOWN = 50;

function excerpt(body: string, max = 200): string {
  const plain = body.replace(/[*_`>#~\[\]]+/g, "").replace(/\s+/g, " ").trim();
  return plain.length > max ? plain.slice(0, max - 1).trimEnd() + "…" : plain;
}

/**
 * The actor's mentions: every unread one (newest first), then the most recent read ones.
 * Mentions in deleted comments, or on deleted claims or articles, are left out.
 */
export async function listMentions(actor: Actor): Promise<{ mentions: MentionView[]; unreadCount: number }> {
  authorize(actor, "mention.read");
  const [unread, read] = await withDb((client) =>
    Promise.all([listMentionsOf(client, actor.id, false, 500), listMentionsOf(client, actor.id, true, READ_SHOWN)]),
  );
  const mentions = [...unread, ...read].map((m) => ({
    id: m.id,
    readAt: m.readAt,
    createdAt: m.createdAt,
    author: m.comment.author,
    excerpt: excerpt(m.comment.body),
    commentId: m.comment.id,
    claim: m.claim,
    article: m.article,
    href: `/articles/${encodeURIComponent(m.article.id)}?claim=${encodeURIComponent(m.claim.id)}`,
  }));
  return { mentions, unreadCount: unread.length };
}
