import path from "node:path";

/**
 * The SQLite file the app uses. DATABASE_URL wins ("file:./data/factdesk.db" style,
 * relative to the project root); the default keeps data under ./data so a fresh clone
 * works with no configuration.
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url && url.trim() !== "") return url;
  return "file:" + path.join(process.cwd(), "data", "factdesk.db");
}

/** Filesystem path of the database file, for backup and tests. */
export function databaseFile(url = databaseUrl()): string {
  const raw = url.replace(/^file:/, "");
  return path.isAbsolute(raw) ? raw : path.join(/*turbopackIgnore: true*/ process.cwd(), raw);
}
