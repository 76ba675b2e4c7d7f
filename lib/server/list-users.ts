import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";
import { toPublicUser, type PublicUser } from "./support/public-user";

/** Every account, for the admin page. */
export async function listUsers(actor: Actor): Promise<PublicUser[]> {
  authorize(actor, "user.manage");
  const users = await db.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }] });
  return users.map(toPublicUser);
}
