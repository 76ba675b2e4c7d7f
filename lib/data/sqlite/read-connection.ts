import Database from "better-sqlite3";
import { databaseFile, databaseUrl } from "./database-url";

/**
 * A second, read-only SQLite connection for the hottest lookups (who is making this
 * request). Prepared statements on it cost microseconds, against milliseconds through the
 * ORM, and in WAL mode it only ever sees committed rows. Everything else reads through
 * Prisma; nothing writes through this connection.
 */
type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  return {
    tokenActor: db.prepare(
      `SELECT t.id AS tokenId, t.revokedAt, t.lastUsedAt, t.scope, t.expiresAt, u.id, u.name, u.email, u.role, u.active
         FROM ApiToken t JOIN User u ON u.id = t.userId WHERE t.tokenHash = ?`,
    ),
    sessionUser: db.prepare(`SELECT id, name, email, role, active, sessionVersion FROM User WHERE id = ?`),
  };
}

const globalForRead = globalThis as unknown as {
  factdeskRead?: { url: string; db: Database.Database; statements: Statements; cache: Map<string, Database.Statement> };
};

function open() {
  const url = databaseUrl();
  const current = globalForRead.factdeskRead;
  if (current && current.url === url) return current;
  current?.db.close();
  const db = new Database(databaseFile(url), { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  const opened = { url, db, statements: prepare(db), cache: new Map<string, Database.Statement>() };
  globalForRead.factdeskRead = opened;
  return opened;
}

function connection(): Statements {
  return open().statements;
}

/**
 * Like `readAll`, with each row as an array of column values in SELECT order. Much cheaper
 * for wide, many-row reads: better-sqlite3 builds an object per row property by property,
 * which was most of the cost of reading 2,000 claims (bench/RESULTS.md).
 */
export function readAllRaw(sql: string, ...params: unknown[]): unknown[][] {
  const { cache, db } = open();
  const key = "raw:" + sql;
  let statement = cache.get(key);
  if (!statement) {
    statement = db.prepare(sql).raw(true);
    cache.set(key, statement);
  }
  return statement.all(...params) as unknown[][];
}

/** Runs a read-only query (prepared once per connection) and returns its rows. */
export function readAll<T>(sql: string, ...params: unknown[]): T[] {
  const { cache, db } = open();
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement.all(...params) as T[];
}

export interface TokenActorRow {
  tokenId: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  scope: string;
  expiresAt: string | number | null;
  id: string;
  name: string;
  email: string;
  role: string;
  active: number;
}

export interface SessionUserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  active: number;
  sessionVersion: number;
}

export function readTokenActor(tokenHash: string): TokenActorRow | undefined {
  return connection().tokenActor.get(tokenHash) as TokenActorRow | undefined;
}

export function readSessionUser(id: string): SessionUserRow | undefined {
  return connection().sessionUser.get(id) as SessionUserRow | undefined;
}

/**
 * Runs several reads as one snapshot (a read transaction in WAL mode), so rows read together
 * belong to the same committed state, e.g. an article's text and its claims' offsets.
 */
export function readSnapshot<T>(work: () => T): T {
  return open().db.transaction(work)();
}
