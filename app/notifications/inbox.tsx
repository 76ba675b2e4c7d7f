"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { exactTime, relativeTime } from "@/lib/domain/relative-time";
import type { NotificationView } from "@/lib/contracts/notifications";
import { api } from "../_components/api-client";

const KIND_TAG: Record<NotificationView["kind"], string> = { mention: "Mention", reply: "Reply", assigned: "Assigned", sent_back: "Sent back", approved: "Approved" };

/** The inbox list: opening an item marks it read and goes to the claim on the right tab. */
export function Inbox({ initialItems, initialUnread }: { initialItems: NotificationView[]; initialUnread: number }) {
  const router = useRouter();
  const [items, setItems] = useState(initialItems);
  const [unread, setUnread] = useState(initialUnread);
  const [error, setError] = useState<string | null>(null);
  const [now] = useState(() => new Date());

  async function markRead(body: { ids: string[] } | { all: true }): Promise<boolean> {
    setError(null);
    const res = await api<{ marked: number; unread: number }>("/api/notifications/read", { method: "POST", body });
    if (!res.ok) {
      setError(res.error.message);
      return false;
    }
    const at = new Date().toISOString();
    setItems((list) => list.map((n) => ("all" in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n)));
    setUnread(res.data.unread);
    window.dispatchEvent(new CustomEvent("factdesk:unread", { detail: res.data.unread }));
    return true;
  }

  async function open(n: NotificationView) {
    if (!n.readAt) await markRead({ ids: [n.id] });
    if (n.href) router.push(n.href);
  }

  return (
    <section aria-labelledby="inbox-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="inbox-heading" className="text-lg font-semibold">
          Inbox <span className="text-sm font-normal text-slate-600" data-testid="inbox-unread">({unread} unread)</span>
        </h2>
        <button type="button" className="btn btn-sm" disabled={unread === 0} onClick={() => void markRead({ all: true })}>
          Mark all read
        </button>
      </div>
      {error && <p role="alert" className="alert-error">{error}</p>}
      {items.length === 0 ? (
        <p className="card p-4 text-slate-700">Nothing yet. When a colleague mentions you, replies to you, assigns you a claim or reviews yours, it shows here.</p>
      ) : (
        <ul className="card divide-y divide-slate-100">
          {items.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start gap-3 p-3 ${n.readAt ? "" : "bg-blue-50"}`} data-testid="notification" data-read={n.readAt ? "true" : "false"}>
              <span className="rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800">{KIND_TAG[n.kind]}</span>
              <div className="min-w-0 flex-1">
                <button type="button" className="text-left font-medium text-blue-800 underline" onClick={() => void open(n)}>
                  {n.summary}
                </button>
                {!n.readAt && <span className="sr-only"> (unread)</span>}
                {n.detail && <p className="mt-0.5 break-words text-sm text-slate-700">“{n.detail}”</p>}
                <p className="mt-0.5 text-xs text-slate-600"><time dateTime={n.createdAt} title={exactTime(n.createdAt)}>{relativeTime(n.createdAt, now)}</time></p>
              </div>
              {!n.readAt && (
                <button type="button" className="btn btn-sm" onClick={() => void markRead({ ids: [n.id] })} aria-label={`Mark read: ${n.summary}`}>
                  Mark read
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
