import { db, type Db } from "./client";
import { postgresUrl } from "./event-feed";
import { isPostgresClient } from "./events";
import { PRESENCE_CHANNEL } from "./postgres/channels";
import type { PresenceRow, PresenceTable } from "@/lib/realtime/presence";

/**
 * The Presence table (issue 12): one row per open browser tab, so "Ana is editing" holds
 * whichever instance a request lands on. Plain single-statement writes (no transaction, no
 * Event: presence is ephemeral). On PostgreSQL a change is announced with NOTIFY so the
 * other instances re-read at once; on SQLite they notice on their next poll.
 */
export function presenceTable(client: Db): PresenceTable {
  const postgres = isPostgresClient(client);
  return {
    async put(row: PresenceRow) {
      const { articleId, userId, clientId, name, editingClaimId, seenAt } = row;
      await client.presence.upsert({
        where: { articleId_userId_clientId: { articleId, userId, clientId } },
        create: { articleId, userId, clientId, name, editingClaimId, seenAt },
        update: { name, editingClaimId, seenAt },
      });
    },
    async remove(articleId, userId, clientId) {
      await client.presence.deleteMany({ where: { articleId, userId, clientId } });
    },
    async read(articleIds, since) {
      return client.presence.findMany({
        where: { articleId: { in: [...articleIds] }, seenAt: { gte: since } },
        select: { articleId: true, userId: true, clientId: true, name: true, editingClaimId: true, seenAt: true },
      });
    },
    async purge(before) {
      await client.presence.deleteMany({ where: { seenAt: { lt: before } } });
    },
    async signal(articleId) {
      if (postgres) await client.$queryRawUnsafe(`SELECT pg_notify('${PRESENCE_CHANNEL}', $1)::text AS "notified"`, articleId);
    },
  };
}

/** The Presence table on the process-wide database. */
export function sharedPresenceTable(): PresenceTable {
  return presenceTable(db);
}

/**
 * Calls `listener(articleId)` when another instance announces a presence change (`"*"` after
 * the LISTEN connection was (re)established: re-read everything watched). PostgreSQL only;
 * on SQLite the hub's poll is the cross-instance path.
 */
export async function onPresenceSignal(listener: (articleId: string) => void): Promise<void> {
  if (!isPostgresClient(db)) return;
  const { onNotification } = await import("./postgres/change-waker");
  onNotification(postgresUrl(), PRESENCE_CHANNEL, listener);
}
