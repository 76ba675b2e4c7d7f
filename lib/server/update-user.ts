import { countActiveAdmins, findUser, updateUserRow } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { updateUserSchema, type UpdateUserInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import type { PublicUser } from "./support/public-user";

/**
 * An admin changes a user's role, name or active flag. A role change or deactivation bumps
 * `sessionVersion`, which voids the user's sessions at their next request; deactivation also
 * voids their API tokens (token checks read `active`). The last active admin can be neither
 * demoted nor deactivated, so the newsroom is never locked out of its own settings.
 */
export async function updateUser(actor: Actor, userId: string, raw: UpdateUserInput): Promise<PublicUser> {
  authorize(actor, "user.manage");
  const input = parseInput(updateUserSchema, raw);
  if (userId === actor.id && input.active === false) {
    throw new AppError("conflict", "You cannot deactivate your own account; ask another admin.");
  }
  return writeTransaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw notFound("The user");
    const losesAdmin = user.role === "admin" && user.active && ((input.role && input.role !== "admin") || input.active === false);
    if (losesAdmin) {
      const admins = await countActiveAdmins(tx);
      if (admins <= 1) {
        throw new AppError("conflict", "This is the last active admin. Make another user an admin first, then change this account.");
      }
    }
    const roleChanged = input.role !== undefined && input.role !== user.role;
    const activeChanged = input.active !== undefined && input.active !== user.active;
    const updated = await updateUserRow(tx, userId, { role: input.role, active: input.active, name: input.name, voidSessions: roleChanged || activeChanged });
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ["role", "active", "name"] as const) {
      if (input[key] !== undefined && input[key] !== user[key]) {
        before[key] = user[key];
        after[key] = updated[key];
      }
    }
    if (Object.keys(after).length > 0) {
      const type = activeChanged ? (updated.active ? "user.reactivated" : "user.deactivated") : roleChanged ? "user.role_changed" : "user.updated";
      await appendEvent(tx, actor, { type, targetType: "user", targetId: userId, before, after });
    }
    return updated;
  });
}
