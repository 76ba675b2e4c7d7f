"use client";
import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * The bell in the top bar: the unread count, kept live by the per-user notification stream
 * (it re-counts on every committed change). Links to the inbox.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  useEffect(() => {
    const source = new EventSource("/api/notifications/stream");
    source.addEventListener("unread", (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { unread?: unknown };
      if (typeof data.unread === "number") setUnread(data.unread);
    });
    // The inbox page marks items read in this tab: it tells the bell at once.
    const onLocal = (e: Event) => setUnread((e as CustomEvent<number>).detail);
    window.addEventListener("factdesk:unread", onLocal);
    return () => {
      source.close();
      window.removeEventListener("factdesk:unread", onLocal);
    };
  }, []);
  const label = unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
  return (
    <Link href="/notifications" className="relative inline-flex items-center gap-1 text-slate-700 hover:text-slate-900" aria-label={label} data-testid="notification-bell">
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span className="md:sr-only">Notifications</span>
      {unread > 0 && (
        <span aria-hidden className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold text-white" data-testid="notification-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
