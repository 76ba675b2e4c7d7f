/**
 * Where a client resumes the change feed: the `Last-Event-ID` header (sent by EventSource on
 * its own reconnects) wins over `?after=` (used when the client recreates the connection),
 * because the header is always the more recent of the two for one EventSource.
 *
 * Garbage is refused, never guessed at: replaying from 0 would flood the client with the
 * whole history, and skipping to "now" would silently lose changes.
 */
export type CursorResult = { ok: true; after: number | null } | { ok: false; message: string };

const MAX_ID = Number.MAX_SAFE_INTEGER;

function parseId(raw: string, label: string): CursorResult {
  const value = raw.trim();
  if (!/^\d{1,16}$/.test(value) || Number(value) > MAX_ID) {
    return { ok: false, message: `${label} must be a change-feed event id (a whole number ≥ 0); got "${value.slice(0, 40)}". Reconnect without it to start from now.` };
  }
  return { ok: true, after: Number(value) };
}

export function parseCursor(lastEventId: string | null | undefined, afterParam: string | null | undefined): CursorResult {
  if (lastEventId !== null && lastEventId !== undefined && lastEventId.trim() !== "") return parseId(lastEventId, "Last-Event-ID");
  if (afterParam !== null && afterParam !== undefined && afterParam.trim() !== "") return parseId(afterParam, "after");
  return { ok: true, after: null };
}

/** A cursor past the newest stored event comes from another database (a restore, a reset). */
export function futureCursorMessage(after: number, latest: number): string {
  return `This client has seen change ${after}, but the newest change on the server is ${latest}: the database was probably restored or reset. Reload the page to get the current state.`;
}
