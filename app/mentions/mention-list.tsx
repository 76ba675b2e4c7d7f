"use client";
import Link from "next/link";
import { useState } from "react";
import type { MentionView } from "@/lib/contracts/comments";
import { quote } from "@/lib/domain/event-format";
import { RelativeTime } from "../_components/history/relative-time";

/** Unread mentions first; following one marks it read (keepalive, so navigation does not cancel it). */
export function MentionList({ initialMentions, initialUnread }: { initialMentions: MentionView[]; initialUnread: number }) {
  const [mentions, setMentions] = useState(initialMentions);
  const unread = mentions.filter((m) => !m.readAt);
  const read = mentions.filter((m) => m.readAt);

  function markRead(mention: MentionView) {
    if (mention.readAt) return;
    void fetch(`/api/mentions/${encodeURIComponent(mention.id)}/read`, { method: "POST", keepalive: true, credentials: "same-origin" }).catch(() => undefined);
    setMentions((list) => list.map((m) => (m.id === mention.id ? { ...m, readAt: new Date().toISOString() } : m)));
  }

  const item = (m: MentionView) => (
    <li key={m.id} className={`px-4 py-3 ${m.readAt ? "" : "bg-blue-50/60"}`} data-testid="mention" data-unread={!m.readAt}>
      <Link href={m.href} onClick={() => markRead(m)} className="group block">
        <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
          {!m.readAt && <span className="inline-block h-2 w-2 rounded-full bg-blue-700" aria-hidden />}
          <span className="font-medium text-slate-900">{m.author.name}</span>
          <span className="text-slate-600">mentioned you on</span>
          <span className="text-slate-900 group-hover:underline">{quote(m.claim.exact, 70)}</span>
          <span className="text-slate-500">in {m.article.title}</span>
          <RelativeTime iso={m.createdAt} className="ml-auto text-xs text-slate-500" />
        </div>
        <p className="mt-1 line-clamp-2 text-sm text-slate-700">{m.excerpt}</p>
        {!m.readAt && <span className="sr-only">(unread)</span>}
      </Link>
    </li>
  );

  if (mentions.length === 0) return <p className="card p-6 text-slate-600">Nobody has mentioned you yet. When a colleague writes @{"{your name}"} in a comment, it shows up here.</p>;
  return (
    <div className="space-y-6">
      <section aria-labelledby="unread-heading">
        <h2 id="unread-heading" className="mb-2 text-lg font-semibold">
          Unread <span className="text-slate-500">({unread.length})</span>
        </h2>
        {unread.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="no-unread">{initialUnread > 0 ? "All caught up." : "No unread mentions."}</p>
        ) : (
          <ul className="card divide-y divide-slate-100 overflow-hidden" aria-label="Unread mentions">{unread.map(item)}</ul>
        )}
      </section>
      {read.length > 0 && (
        <section aria-labelledby="read-heading">
          <h2 id="read-heading" className="mb-2 text-lg font-semibold text-slate-700">Earlier</h2>
          <ul className="card divide-y divide-slate-100 overflow-hidden" aria-label="Read mentions">{read.map(item)}</ul>
        </section>
      )}
    </div>
  );
}
