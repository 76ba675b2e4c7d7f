import { db } from "@/lib/data/client";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/domain/actor";
import type { Role } from "@/lib/domain/enums";

let counter = 0;

/** Creates a real user row and returns it as an Actor, as a signed-in request would see it. */
export async function makeUser(role: Role, name?: string): Promise<Actor> {
  counter += 1;
  const email = `${role}${counter}-${Date.now()}@test.example`;
  const user = await db.user.create({
    data: { email, name: name ?? `${role} ${counter}`, role, passwordHash: await hashPassword("password123") },
  });
  return { id: user.id, name: user.name, email: user.email, role, via: "session" };
}

export { db };
