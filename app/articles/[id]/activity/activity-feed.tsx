"use client";
import { useState } from "react";
import type { HistoryEntry } from "@/lib/realtime/history-entry";
import { toHistoryEntry } from "@/lib/realtime/history-entry";
import type { PresenceUser } from "@/lib/realtime/presence";
import { api } from "../../../_components/api-client";
import { HistoryEntryItem } from "../../../_components/history/history-entry-item";
import { ConnectionStatus } from "../../../_components/live/connection-status";
import { PresenceAvatars } from "../../../_components/live/presence-avatars";
import { useArticleEvents } from "../../../_components/live/use-article-events";
import { usePresenceHeartbeat } from "../../../_components/live/use-presence-heartbeat";

interface Props {
  articleId: string;
  currentUserId: string;
  initialEvents: HistoryEntry[];
  initialNextBefore: number | null;
  latestId: number;
}

/** The article's activity: older pages on demand, new changes live from the SSE feed. */
export function ActivityFeed({ articleId, currentUserId, initialEvents, initialNextBefore, latestId }: Props) {
  const [events, setEvents] = useState(initialEvents);
  const [nextBefore, setNextBefore] = useState(initialNextBefore);
  const [presence, setPresence] = useState<PresenceUser[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const { status } = useArticleEvents(
    articleId,
    {
      onChange(event) {
        setEvents((list) => {
          if (list.some((e) => e.id === event.id)) return list;
          const exact = list.find((e) => e.claimId && e.claimId === event.claimId)?.claimExact ?? quoteFromPayload(event.after);
          return [toHistoryEntry(event, exact), ...list];
        });
      },
      onPresence: setPresence,
      onResync() {
        void reloadNewest();
      },
    },
    { after: latestId },
  );
  usePresenceHeartbeat(articleId, null);

  /** After the feed could not resume: replace the list with what the server has now. */
  async function reloadNewest() {
    const result = await api<{ events: HistoryEntry[]; nextBefore: number | null }>(`/api/articles/${encodeURIComponent(articleId)}/activity`);
    if (!result.ok) return setError(result.error.message);
    setEvents((live) => [...live.filter((e) => !result.data.events.some((x) => x.id === e.id) && e.id > (result.data.events[0]?.id ?? 0)), ...result.data.events]);
    setNextBefore(result.data.nextBefore);
  }

  async function loadOlder() {
    if (nextBefore === null) return;
    setLoading(true);
    const result = await api<{ events: HistoryEntry[]; nextBefore: number | null }>(`/api/articles/${encodeURIComponent(articleId)}/activity?before=${nextBefore}`);
    setLoading(false);
    if (!result.ok) return setError(result.error.message);
    setEvents((list) => [...list, ...result.data.events.filter((e) => !list.some((x) => x.id === e.id))]);
    setNextBefore(result.data.nextBefore);
  }

  return (
    <div className="space-y-3">
      <div className="flex min-h-8 items-center justify-between gap-3">
        <PresenceAvatars users={presence} currentUserId={currentUserId} />
        <span className="ml-auto text-xs text-slate-500" data-testid="live-status">{status === "live" ? "● Live" : status === "connecting" ? "Connecting…" : ""}</span>
      </div>
      <ConnectionStatus status={status} />
      {error && <p role="alert" className="alert-error">{error}</p>}
      {events.length === 0 ? (
        <p className="card p-6 text-slate-600">Nothing has happened on this article yet.</p>
      ) : (
        <ol className="card divide-y divide-slate-100 px-4" aria-label="Activity" data-testid="activity-list">
          {events.map((entry) => <HistoryEntryItem key={entry.id} entry={entry} showClaim />)}
        </ol>
      )}
      {nextBefore !== null && (
        <button type="button" className="btn" onClick={() => void loadOlder()} disabled={loading}>
          {loading ? "Loading…" : "Show older activity"}
        </button>
      )}
    </div>
  );
}

/** A new claim's event carries its quote; other events of unknown claims show none. */
function quoteFromPayload(after: unknown): string | null {
  const exact = (after as { exact?: unknown } | null)?.exact;
  return typeof exact === "string" ? exact : null;
}
