import { withDb } from "@/lib/data/handle";
import { listActiveUsers } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import type { Role } from "@/lib/domain/enums";
import { can, hasRole } from "@/lib/domain/permissions";
import { authorize } from "./support/authorize";
import type { DirectoryUser } from "@/lib/contracts/users";
export type { DirectoryUser };

/** Active colleagues, for assignment pickers and @mention autocomplete. */
export async function listUserDirectory(actor: Actor): Promise<DirectoryUser[]> {
  authorize(actor, "article.read");
  const users = await withDb(listActiveUsers);
  const isAdmin = can(actor, "user.manage");
  return users.map((u) => {
    const role = u.role;
    const entry: DirectoryUser = { id: u.id, name: u.name, assignable: hasRole({ role }, "editor") };
    return isAdmin ? { ...entry, email: u.email, role } : entry;
  });
}
