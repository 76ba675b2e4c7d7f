import type Database from "better-sqlite3";

/**
 * The app's write connection, for prepared statements (issue 16, item 7).
 *
 * Prisma's better-sqlite3 adapter owns one connection; each Prisma query costs about 1 ms of
 * main-thread CPU here, a prepared statement a few microseconds. `runFastWrite` runs a
 * use case's transaction on that same connection inside `BEGIN … COMMIT`, while holding the
 * serialiser's lock (serialized-adapter.ts): no Prisma query or interactive transaction is in
 * flight meanwhile. Rows written here and through Prisma are the same
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

// ---------------------------------------------------------------------------------------
// Hot writes: a use case's whole transaction on prepared statements (issue 16, item 7)

const FAST = Symbol.for("factdesk.fastWriteHandle");

/** What `runFastWrite` hands the use case in place of Prisma's transaction client. */
export interface FastWriteHandle {
  readonly [FAST]: Database.Database;
}

/**
 * The better-sqlite3 connection behind a handle made by `runFastWrite`, or null for any other
 * handle (a Prisma client or transaction client): the stores of lib/data branch on it.
 */
export function fastDb(handle: unknown): Database.Database | null {
  return handle !== null && typeof handle === "object" && FAST in handle ? (handle as FastWriteHandle)[FAST] : null;
}

/**
 * Runs a use case's transaction on the client's own connection: `BEGIN`, `work`,
 * `COMMIT` (or `ROLLBACK` when it throws), all while holding the serialiser's lock, so no
 * Prisma query or other transaction runs on the connection meanwhile. `work` gets a handle
 * only the fast-path-aware stores of lib/data accept (each answers from prepared statements
 * synchronously, through an already-resolved promise), so the whole transaction runs in one
 * go of microtasks, with no I/O to wait for: it is one synchronous transaction as far as the
 * event loop and the other requests are concerned. A store without a fast path given this
 * handle fails loudly (it has no Prisma delegates), and nothing is committed.
 */
export async function runFastWrite<T>(client: { $connect(): Promise<void> }, work: (handle: FastWriteHandle) => Promise<T>): Promise<T> {
  const connection = await connectionOf(client);
  return connection.exclusive(async () => {
    const db = connection.db;
    // Deferred, as Prisma's adapter begins its transactions: another process that commits
    // between this transaction's reads and its first write makes that write fail with
    // SQLITE_BUSY_SNAPSHOT (nothing written), and the caller runs the work again on fresh
    // data (transaction.ts), as writeTransaction does on the ORM path. In-process, the
    // serialiser's lock already keeps every other transaction off the connection.
    statement(db, "BEGIN").run();
    try {
      const result = await work({ [FAST]: db });
      statement(db, "COMMIT").run();
      return result;
    } catch (error) {
      // A failed COMMIT (SQLITE_BUSY) leaves the transaction open: end it here, or every later
      // write on the connection would run inside it.
      if (db.inTransaction) statement(db, "ROLLBACK").run();
      throw error;
    }
  });
}

/** A DateTime as Prisma's SQLite adapter stores it: ISO 8601 text with an explicit +00:00 offset. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A DATETIME as SQLite hands it back: Prisma's ISO text, epoch milliseconds from raw writers, or a Date through $queryRaw. */
export function sqlDate(v: string | number | Date): Date {
  return v instanceof Date ? v : new Date(typeof v === "number" || /^\d+$/.test(v) ? Number(v) : v);
}
