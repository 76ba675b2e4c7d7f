// `npm run user:create -- --email ana@newsroom.org --role admin [--name "Ana"] [--password ...]`
// Without --password a password is generated and printed once.
import { parseArgs } from "node:util";
import { AppError } from "@/lib/domain/errors";
import { provisionUser } from "@/lib/server/provision-user";
import { ZodError } from "zod";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" }, password: { type: "string" } },
  });
  if (!values.email) {
    console.error("Usage: npm run user:create -- --email <email> --role <viewer|editor|reviewer|admin> [--name <name>] [--password <password>]");
    process.exit(2);
  }
  const name = values.name ?? values.email.split("@")[0];
  const result = await provisionUser({ email: values.email, name, role: values.role as "admin", password: values.password });
  console.log(`Created ${result.email} (${result.role}).`);
  if (result.generatedPassword) console.log(`Password (shown once, store it safely): ${result.generatedPassword}`);
}

main().catch((error: unknown) => {
  if (error instanceof ZodError) console.error(error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  else if (error instanceof AppError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
