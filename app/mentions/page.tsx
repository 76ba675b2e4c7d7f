import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listMentions } from "@/lib/server/list-mentions";
import { Forbidden } from "../_components/forbidden";
import { pageCall } from "../_components/page-call";
import { MentionList } from "./mention-list";

export const metadata: Metadata = { title: "Mentions" };
export const dynamic = "force-dynamic";

export default async function MentionsPage() {
  const actor = await requirePageActor("/mentions");
  const result = await pageCall(() => listMentions(actor));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { mentions, unreadCount } = result.value;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-1 text-2xl font-semibold">Mentions</h1>
      <p className="mb-5 text-slate-600">
        Comments where a colleague @mentioned you. Opening one marks it read.
      </p>
      <MentionList initialMentions={mentions} initialUnread={unreadCount} />
    </div>
  );
}
