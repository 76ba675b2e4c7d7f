import { withDb } from "@/lib/data/handle";
import { emailTaken, insertUser } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { createUserSchema, type CreateUserInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import type { PublicUser } from "./support/public-user";

/** An admin creates an account; without a password one is generated and returned once. */
export async function createUser(actor: Actor, raw: CreateUserInput): Promise<{ user: PublicUser; generatedPassword?: string }> {
  authorize(actor, "user.manage");
  const input = parseInput(createUserSchema, raw);
  const generatedPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  if (await withDb((client) => emailTaken(client, input.email))) throw new AppError("conflict", `A user with the email ${input.email} already exists.`, { email: "This email is already in use." });
  const user = await writeTransaction(async (tx) => {
    const created = await insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
    await appendEvent(tx, actor, { type: "user.created", targetType: "user", targetId: created.id, after: { email: created.email, name: created.name, role: created.role } });
    return created;
  });
  return { user, generatedPassword };
}
