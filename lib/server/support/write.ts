import { db, type Tx } from "@/lib/data/client";
import { notifyEventsCommitted } from "@/lib/realtime/notify";

/**
 * Runs a use case's writes in one transaction and, once committed, wakes the live-update
 * feed. Every mutating use case goes through here.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(work);
  notifyEventsCommitted();
  return result;
}
