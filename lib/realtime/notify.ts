type Listener = () => void;
const globalForNotify = globalThis as unknown as { factdeskCommitListeners?: Set<Listener> };
const listeners: Set<Listener> = (globalForNotify.factdeskCommitListeners ??= new Set());

/**
 * Tells this process's live-update machinery that new Event rows were committed. It is a
 * cheap signal (no data): the event tailer reads the rows itself, once for all clients.
 */
export function notifyEventsCommitted(): void {
  for (const listener of listeners) listener();
}

export function onEventsCommitted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
