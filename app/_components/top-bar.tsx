import Link from "next/link";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { SignOutButton } from "./sign-out-button";
import { countUnreadNotifications } from "@/lib/server/list-notifications";
import { NotificationBell } from "./notification-bell";
import { RoleBadge } from "./role-badge";
import { SignInLink, TopBarMenu, TopBarSearch } from "./top-bar-parts";

/** The product name, navigation for the signed-in user's role, who they are, and sign-out. */
export async function TopBar() {
  const actor = await getPageActor();
  const unread = actor ? await countUnreadNotifications(actor).catch(() => 0) : 0;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5">
        <Link href="/articles" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="inline-flex h-7 w-7 items-center justify-center rounded bg-slate-900 text-sm font-bold text-white">F</span>
          Factdesk
        </Link>
        {actor ? (
          <TopBarMenu>
          <nav aria-label="Main" className="flex flex-col items-start gap-3 text-sm md:flex-row md:items-center md:gap-4">
            <Link href="/articles" className="text-slate-700 hover:text-slate-900">Articles</Link>
            <Link href="/review" className="text-slate-700 hover:text-slate-900">Review queue</Link>
            <Link href="/mentions" className="text-slate-700 hover:text-slate-900">Mentions</Link>
            <Link href="/search" className="text-slate-700 hover:text-slate-900">Search</Link>
            {can(actor, "user.manage") && <Link href="/admin/users" className="text-slate-700 hover:text-slate-900">Users</Link>}
            {can(actor, "settings.manage") && <Link href="/admin/settings" className="text-slate-700 hover:text-slate-900">Settings</Link>}
          </nav>
          <TopBarSearch />
          <div className="flex flex-wrap items-center gap-3 text-sm md:ml-auto">
            <div id="presence-slot" />
            <NotificationBell initialUnread={unread} />
            <Link href="/settings/tokens" className="text-slate-700 hover:text-slate-900" title="Your account and API tokens">
              <span data-testid="current-user">{actor.name}</span>
            </Link>
            <RoleBadge role={actor.role} />
            <SignOutButton />
          </div>
          </TopBarMenu>
        ) : (
          <div className="ml-auto text-sm"><SignInLink /></div>
        )}
      </div>
    </header>
  );
}
