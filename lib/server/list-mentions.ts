import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "./support/authorize";

export interface MentionView {
  id: string;
  readAt: string | null;
  createdAt: string;
  author: { id: string; name: string };
  /** The start of the comment, as plain text. */
  excerpt: string;
  commentId: string;
  claim: { id: string; exact: string };
  article: { id: string; title: string };
  /** Where the mention points: the workbench, scrolled to the claim. */
  href: string;
}

const mentionSelect = {
  id: true,
  readAt: true,
  createdAt: true,
  comment: {
    select: {
      id: true,
      body: true,
      author: { select: { id: true, name: true } },
      claim: { select: { id: true, exact: true, article: { select: { id: true, title: true } } } },
    },
  },
} satisfies Prisma.MentionSelect;

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
  const live: Prisma.MentionWhereInput = {
    userId: actor.id,
    comment: { deletedAt: null, claim: { deletedAt: null, article: { deletedAt: null } } },
  };
  const [unread, read] = await Promise.all([
    db.mention.findMany({ where: { ...live, readAt: null }, select: mentionSelect, orderBy: { createdAt: "desc" }, take: 500 }),
    db.mention.findMany({ where: { ...live, readAt: { not: null } }, select: mentionSelect, orderBy: { createdAt: "desc" }, take: READ_SHOWN }),
  ]);
  const mentions = [...unread, ...read].map((m) => {
    const claim = m.comment.claim;
    return {
      id: m.id,
      readAt: m.readAt?.toISOString() ?? null,
      createdAt: m.createdAt.toISOString(),
      author: m.comment.author,
      excerpt: excerpt(m.comment.body),
      commentId: m.comment.id,
      claim: { id: claim.id, exact: claim.exact },
      article: claim.article,
      href: `/articles/${encodeURIComponent(claim.article.id)}?claim=${encodeURIComponent(claim.id)}`,
    };
  });
  return { mentions, unreadCount: unread.length };
}
