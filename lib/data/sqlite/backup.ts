import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * A consistent online copy of the database using SQLite's backup API: it copies pages while
 * the app keeps serving writes and restarts the copy of any page written meanwhile, so the
 * result is a snapshot of one moment. Afterwards the copy is checked with integrity_check.
 */
export async function backupDatabase(sourceFile: string, destinationFile: string): Promise<{ pages: number; integrity: string }> {
  mkdirSync(path.dirname(destinationFile), { recursive: true });
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  try {
    let pages = 0;
    await source.backup(destinationFile, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        return 200; // pages per step: small steps keep writers unblocked
      },
    });
    const copy = new Database(destinationFile);
    try {
      copy.pragma("journal_mode = DELETE"); // a backup is a single self-contained file
      const integrity = String(copy.pragma("integrity_check", { simple: true }));
      return { pages, integrity };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}
