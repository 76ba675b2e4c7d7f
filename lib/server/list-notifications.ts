import { withDb } from "@/lib/data/handle";
import { countUnread, listNotificationRows, readMutedKinds, type NotificationRow } from "@/lib/data/notifications";
import type { Actor } from "@/lib/domain/actor";
import { notificationHref, type NotificationKind } from "@/lib/domain/notifications";
import { authorize } from "./support/authorize";
import type { NotificationView } from "@/lib/contracts/notifications";
export type { NotificationView };

export interface Inbox {
  items: NotificationView[];
  unread: number;
  muted: NotificationKind[];
}

export const INBOX_LIMIT = 100;

/** The signed-in person's inbox, newest first, with the unread count and their settings. */
export async function listNotifications(actor: Actor): Promise<Inbox> {
  authorize(actor, "mention.read");
  const [rows, unread, muted] = await withDb((client) =>
    Promise.all([listNotificationRows(client, actor.id, INBOX_LIMIT), countUnread(client, actor.id), readMutedKinds(client, actor.id)]),
  );
  return { items: rows.map((r) => ({ ...r, href: notificationHref(r) })), unread, muted };
}

/** Just the badge number, for the bell. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  authorize(actor, "mention.read");
  return withDb((client) => countUnread(client, actor.id));
}
