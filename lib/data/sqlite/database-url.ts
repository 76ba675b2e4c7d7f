import path from "node:path";
import { databaseUrl } from "../database-url";

export { databaseUrl };

/** Filesystem path of the SQLite database file (a `file:` URL, relative to the project root), for backup and tests. */
export function databaseFile(url = databaseUrl()): string {
  if (!/^file:/i.test(url)) throw new Error("This is a SQLite-only operation and DATABASE_URL is not a file: URL.");
  const raw = url.replace(/^file:/, "");
  return path.isAbsolute(raw) ? raw : path.join(/*turbopackIgnore: true*/ process.cwd(), raw);
}
