// `npm run db:copy-to-postgres -- [<sqlite file>] [<postgresql url>]` (issue 12): moves an
// existing SQLite newsroom into an empty PostgreSQL database.
//   source: the argument, else data/factdesk.db
//   target: the argument, else DATABASE_URL (must be postgresql://)
// The target is migrated first (prisma/postgresql/migrations); it must hold no rows. Stop the
// app (or keep it read-only) while copying: writes made meanwhile are not copied.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { copySqliteToPostgres } from "@/lib/data/copy-to-postgres";
import { providerOf } from "@/lib/data/database-url";
import { databaseFile } from "@/lib/data/sqlite/database-url";

async function main() {
  const args = process.argv.slice(2);
  const fileArg = args.find((a) => !/^postgres(ql)?:\/\//i.test(a));
  const target = args.find((a) => /^postgres(ql)?:\/\//i.test(a)) ?? process.env.DATABASE_URL ?? "";
  if (providerOf(target || "file:") !== "postgresql") throw new Error("Give the target as postgresql://… (argument or DATABASE_URL).");
  const source = fileArg ? path.resolve(fileArg.replace(/^file:/, "")) : databaseFile("file:" + path.join(process.cwd(), "data", "factdesk.db"));
  console.log(`Migrating the target database…`);
  const migrate = spawnSync(process.execPath, [path.join("scripts", "prisma.mjs"), "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: target }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrate deploy on the target failed:\n${migrate.stdout}${migrate.stderr}`);
  console.log(`Copying ${source} → PostgreSQL…`);
  const report = await copySqliteToPostgres(source, target, (line) => console.log("  " + line));
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`Copied ${rows} rows in ${report.tables.length} tables (${report.ms} ms). Point DATABASE_URL at the PostgreSQL database and start the app.`);
}

main().catch((error: unknown) => {
  console.error("Copy failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
