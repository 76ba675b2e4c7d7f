import path from "node:path";

/**
 * Which database the app runs on, from DATABASE_URL alone (issue 12):
 *   postgresql://… or postgres://…  PostgreSQL (lib/data/postgres/)
 *   file:…                          SQLite (lib/data/sqlite/), the default
 * Nothing else needs changing to switch.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

/** DATABASE_URL, or the SQLite file ./data/factdesk.db when it is unset. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url && url.trim() !== "") return url;
  return "file:" + path.join(process.cwd(), "data", "factdesk.db");
}

export function providerOf(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`);
}

/** The provider of the current DATABASE_URL. */
export function databaseProvider(url = databaseUrl()): DatabaseProvider {
  return providerOf(url);
}

export function isPostgres(url = databaseUrl()): boolean {
  return providerOf(url) === "postgresql";
}
