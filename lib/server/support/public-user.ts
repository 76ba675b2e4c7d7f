import type { Role } from "@/lib/domain/enums";

/** What the API may show of a user: never the password hash or throttling state. */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export function toPublicUser(u: { id: string; email: string; name: string; role: string; active: boolean; lastLoginAt: Date | null; createdAt: Date }): PublicUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    active: u.active,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
