import { onPresenceSignal, sharedPresenceTable } from "@/lib/data/presence";
import { PresenceHub } from "@/lib/realtime/presence";

const globalForPresence = globalThis as unknown as { factdeskPresence?: PresenceHub };

/**
 * This instance's presence hub over the shared Presence table (on globalThis so dev-server
 * reloads and route bundles share it); on PostgreSQL it re-reads when another instance
 * announces a change.
 */
export function presenceHub(): PresenceHub {
  let hub = globalForPresence.factdeskPresence;
  if (!hub) {
    const created = (hub = globalForPresence.factdeskPresence = new PresenceHub(sharedPresenceTable()));
    void onPresenceSignal((articleId) => created.remoteChanged(articleId)).catch((error) => console.error("[factdesk] presence LISTEN failed:", error));
  }
  return hub;
}
