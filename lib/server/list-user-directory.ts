import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/domain/actor";
import type { Role } from "@/lib/domain/enums";
import { authorize } from "./support/authorize";

export interface DirectoryUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Active colleagues, for assignment pickers and @mention autocomplete. */
export async function listUserDirectory(actor: Actor): Promise<DirectoryUser[]> {
  authorize(actor, "article.read");
  const users = await db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
  return users.map((u) => ({ ...u, role: u.role as Role }));
}
