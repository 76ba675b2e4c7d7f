// `npm run restore -- <archive.dump>` (PostgreSQL, issue 12): restores a `npm run backup`
// archive into the database of DATABASE_URL, which must be empty (create it first:
// `createdb factdesk_restored`). Runs in one transaction: a failed restore changes nothing.
// SQLite needs no command: stop the app and put the backup file in place of the database.
import path from "node:path";
import { databaseUrl, isPostgres } from "@/lib/data/database-url";
import { restorePostgres } from "@/lib/data/postgres/backup";
import { createDb } from "@/lib/data/client";

async function main() {
  const archive = process.argv[2];
  if (!archive) throw new Error("Usage: npm run restore -- <backup.dump>   (DATABASE_URL=postgresql://… names the empty target database)");
  if (!isPostgres()) throw new Error("DATABASE_URL is SQLite: restore a SQLite backup by stopping the app and copying the backup file over the database file.");
  const url = databaseUrl();
  const db = createDb(url);
  try {
    const tables = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(tables[0]?.n ?? 0) > 0) throw new Error("The target database is not empty: restore into a new database (createdb <name>) and point DATABASE_URL at it.");
  } finally {
    await db.$disconnect();
  }
  const started = Date.now();
  await restorePostgres(url, path.resolve(archive));
  console.log(`Restored ${archive} into the PostgreSQL database (${Date.now() - started} ms). Run npm run db:migrate to apply migrations newer than the backup.`);
}

main().catch((error: unknown) => {
  console.error("Restore failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
