// `npm run backup [-- <destination.db>]`: consistent online copy of the database, safe while
// the app is serving writes. Default destination: backups/factdesk-<timestamp>.db
import path from "node:path";
import { backupDatabase } from "@/lib/data/sqlite/backup";
import { databaseFile } from "@/lib/data/sqlite/database-url";

async function main() {
  const source = databaseFile();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const destination = path.resolve(process.argv[2] ?? path.join("backups", `factdesk-${stamp}.db`));
  const started = Date.now();
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
