import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listUsers } from "@/lib/server/list-users";
import { Forbidden } from "../../_components/forbidden";
import { pageCall } from "../../_components/page-call";
import { UserAdmin } from "./user-admin";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await requirePageActor("/admin/users");
  const result = await pageCall(() => listUsers(actor));
  if (!result.ok) return <Forbidden message={result.message} />;
  return (
    <div>
      <h1 className="mb-5 text-2xl font-semibold">Users</h1>
      <UserAdmin initialUsers={result.value} currentUserId={actor.id} />
    </div>
  );
}
