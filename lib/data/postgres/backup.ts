import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { runPgTool } from "./tools";

/**
 * A consistent online backup of a PostgreSQL database (issue 12): `pg_dump --format=custom`
 * reads one snapshot (a REPEATABLE READ transaction) while the app keeps writing, so the file
 * is the database at one moment. Restore with restorePostgres (pg_restore).
 */
export async function backupPostgres(url: string, destinationFile: string): Promise<{ bytes: number }> {
  mkdirSync(path.dirname(destinationFile), { recursive: true });
  await runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", destinationFile], url);
  // The archive's table of contents must be readable: a truncated file fails here, not at restore time.
  await runPgTool("pg_restore", ["--list", destinationFile], url);
  return { bytes: statSync(destinationFile).size };
}

/**
 * Restores a pg_dump archive into the database at `url`, which should be empty (a fresh
 * `createdb`): objects are created as the connecting user, in one transaction, so a failed
 * restore leaves the database as it was.
 */
export async function restorePostgres(url: string, archiveFile: string): Promise<void> {
  // --dbname names the target (without it pg_restore prints SQL); host, user etc. come from the environment.
  const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
  await runPgTool("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", database, archiveFile], url);
}
