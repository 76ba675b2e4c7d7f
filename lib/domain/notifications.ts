/**
 * The inbox: what a person is told about, and where each item takes them. Pure rules; the
 * rows are written by the use case that causes them, in the same transaction as its Event.
 */
export const NOTIFICATION_KINDS = ["mention", "reply", "assigned", "sent_back", "approved"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  mention: "Someone @mentions me in a comment",
  reply: "Someone replies in a thread I wrote in",
  assigned: "A claim is assigned to me",
  sent_back: "A claim I made or am assigned is sent back or reopened",
  approved: "A claim I made or am assigned is approved",
};

/** The claim panel tab an item opens on: a comment opens the discussion, not the details. */
export function notificationTab(kind: NotificationKind): "comments" | "details" {
  return kind === "mention" || kind === "reply" ? "comments" : "details";
}

/** Where an item leads: the article with the claim open on the right tab. */
export function notificationHref(n: { kind: NotificationKind; articleId: string | null; claimId: string | null }): string | null {
  if (!n.articleId) return null;
  if (!n.claimId) return `/articles/${encodeURIComponent(n.articleId)}`;
  return `/articles/${encodeURIComponent(n.articleId)}?claim=${encodeURIComponent(n.claimId)}&tab=${notificationTab(n.kind)}`;
}

/** Stored as a comma list; unknown words (from an older version) are dropped. */
export function parseMutedKinds(value: string | null | undefined): NotificationKind[] {
  const words = (value ?? "").split(",").map((w) => w.trim());
  return NOTIFICATION_KINDS.filter((k) => words.includes(k));
}

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  summary: string;
  detail?: string | null;
  articleId?: string | null;
  claimId?: string | null;
  commentId?: string | null;
}

/**
 * Who hears about a change: never the person who made it, once per person (the first, most
 * specific reason wins: a mention beats a reply), and not for kinds they turned off.
 */
export function recipients(drafts: readonly NotificationDraft[], actorId: string, muted: ReadonlyMap<string, readonly NotificationKind[]>, onePerPerson = true): NotificationDraft[] {
  const seen = new Set<string>();
  const out: NotificationDraft[] = [];
  for (const d of drafts) {
    if (d.userId === actorId || (onePerPerson && seen.has(d.userId))) continue;
    seen.add(d.userId);
    if (muted.get(d.userId)?.includes(d.kind)) continue;
    out.push(d);
  }
  return out;
}

export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
