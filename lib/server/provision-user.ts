import { withDb } from "@/lib/data/handle";
import { emailTaken, insertUser } from "@/lib/data/users";
import { AppError } from "@/lib/domain/errors";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { createUserSchema, type CreateUserInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse-once";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * Creates an account from the command line (`npm run user:create`), with no signed-in actor:
 * this is how a real deployment gets its first admin. The CLI is trusted because it runs
 * with access to the database file itself.
 */
export async function provisionUser(raw: CreateUserInput): Promise<{ email: string; role: string; generatedPassword?: string }> {
  const input = parseInput(createUserSchema, raw);
  if (await withDb((client) => emailTaken(client, input.email))) {
    throw new AppError("conflict", `A user with the email ${input.email} already exists.`);
  }
  const generatedPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  await writeTransaction(async (tx) => {
    const user = await insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
    await appendEvent(tx, null, { type: "user.created", targetType: "user", targetId: user.id, after: { email: user.email, role: user.role }, note: "Created from the command line" });
  });
  return { email: input.email, role: input.role, generatedPassword };
}
