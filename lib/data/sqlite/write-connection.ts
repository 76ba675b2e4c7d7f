import type Database from "better-sqlite3";

/**
 * The app's write connection, for prepared statements (issue 16, item 7).
 *
 * Prisma's better-sqlite3 adapter owns one connection; each Prisma query costs about 1 ms of
 * main-thread CPU here, a prepared statement a few microseconds. `runWrite` runs a
 * synchronous function on that same connection inside `BEGIN IMMEDIATE … COMMIT`, while
 * holding the serialiser's lock (serialized-adapter.ts): no Prisma query or interactive
 * transaction is in flight meanwhile, and since the function is synchronous nothing else can
 * run on the connection until it returns. Rows written here and through Prisma are the same
 * rows on the same connection; only lib/data may call it, and every statement used here has
 * an equivalence test against the ORM path.
 */
export interface WriteConnection {
  db: Database.Database;
  exclusive<T>(work: () => Promise<T> | T): Promise<T>;
}

const globalForWrite = globalThis as unknown as { factdeskWriteConnections?: WeakMap<object, WriteConnection> };
const connections: WeakMap<object, WriteConnection> = (globalForWrite.factdeskWriteConnections ??= new WeakMap());

/** Called by lib/data/client.ts when the adapter of `client` connects. */
export function registerWriteConnection(client: object, connection: WriteConnection): void {
  connections.set(client, connection);
}

/** Forgets the connection of `client` (it was disposed). */
export function unregisterWriteConnection(client: object): void {
  connections.delete(client);
}

export async function connectionOf(client: { $connect(): Promise<void> }): Promise<WriteConnection> {
  let connection = connections.get(client);
  if (!connection) {
    await client.$connect();
    connection = connections.get(client);
  }
  if (!connection) throw new Error("This client has no better-sqlite3 write connection (was it made by createDb?)");
  return connection;
}

/**
 * Runs `work` in one write transaction on the client's own connection. `work` must be
 * synchronous (better-sqlite3); an exception rolls the transaction back and is rethrown.
 */
export async function runWrite<T>(client: { $connect(): Promise<void> }, work: (db: Database.Database) => T): Promise<T> {
  const connection = await connectionOf(client);
  return connection.exclusive(() => connection.db.transaction(work).immediate(connection.db));
}

/** A statement cache per connection (statements are prepared once and reused). */
const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** `sql` prepared once per connection, returning plain numbers (the adapter turns on BigInt). */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    if (prepared.reader) prepared.safeIntegers(false);
    cache.set(sql, prepared);
  }
  return prepared;
}
