import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listNotifications } from "@/lib/server/list-notifications";
import { Forbidden } from "../_components/forbidden";
import { pageCall } from "../_components/page-call";
import { Inbox } from "./inbox";
import { NotificationSettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const result = await pageCall(() => listNotifications(actor));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { items, unread, muted } = result.value;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="mb-1 text-2xl font-semibold">Notifications</h1>
        <p className="text-slate-600">Mentions, replies in your threads, claims assigned to you, and your claims sent back or approved.</p>
      </div>
      <Inbox initialItems={items} initialUnread={unread} />
      <NotificationSettingsForm initialMuted={muted} />
    </div>
  );
}
