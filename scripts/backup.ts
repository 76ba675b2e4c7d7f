// `npm run backup [-- <destination>]`: a consistent online backup, safe while the app is
// serving writes.
//   SQLite (file: URL): SQLite's online backup API, checked with integrity_check.
//     Default destination backups/factdesk-<timestamp>.db; restore = stop the app, put the
//     copy in place of the database file.
//   PostgreSQL (postgresql:// URL, issue 12): pg_dump --format=custom of one snapshot.
//     Default destination backups/factdesk-<timestamp>.dump; restore into an empty database
//     with `npm run restore -- <file>` (pg_restore).
import path from "node:path";
import { databaseUrl, isPostgres } from "@/lib/data/database-url";
import { backupDatabase } from "@/lib/data/sqlite/backup";
import { databaseFile } from "@/lib/data/sqlite/database-url";
import { backupPostgres } from "@/lib/data/postgres/backup";

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const started = Date.now();
  if (isPostgres()) {
    const destination = path.resolve(process.argv[2] ?? path.join("backups", `factdesk-${stamp}.dump`));
    const { bytes } = await backupPostgres(databaseUrl(), destination);
    console.log(`Backed up the PostgreSQL database → ${destination} (${bytes} bytes, ${Date.now() - started} ms, pg_dump custom format).`);
    return;
  }
  const source = databaseFile();
  const destination = path.resolve(process.argv[2] ?? path.join("backups", `factdesk-${stamp}.db`));
  const { pages, integrity } = await backupDatabase(source, destination);
  if (integrity !== "ok") {
    console.error(`Backup written to ${destination} but integrity_check said: ${integrity}`);
    process.exit(1);
  }
  console.log(`Backed up ${source} → ${destination} (${pages} pages, ${Date.now() - started} ms, integrity ok).`);
}

main().catch((error: unknown) => {
  console.error("Backup failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
