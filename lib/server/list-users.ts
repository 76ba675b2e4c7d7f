import { withDb } from "@/lib/data/handle";
import { listUserRecords } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";
import type { PublicUser } from "./support/public-user";

/** Every account, for the admin page. */
export async function listUsers(actor: Actor): Promise<PublicUser[]> {
  authorize(actor, "user.manage");
  return withDb(listUserRecords);
}
