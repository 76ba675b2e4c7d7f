import type Database from "better-sqlite3";
import { db as appDb } from "../client";
import { connectionOf } from "./write-connection";

/**
 * The better-sqlite3 connection under a Prisma interactive transaction, for prepared
 * statements inside it (issue 16, item 7).
 *
 * `db.$transaction(async (tx) => …)` runs BEGIN on the adapter's one connection and holds the
 * serialiser's lock until COMMIT or ROLLBACK (serialized-adapter.ts): while the callback runs,
 * every statement on that connection belongs to this transaction and nothing else can use
 * it. A prepared statement run on the connection from inside the callback therefore reads
 * the transaction's own writes, and its writes commit or roll back with it, exactly like the
 * ORM call it replaces, at a few microseconds instead of about a millisecond.
 *
 * `tx` must come from `client.$transaction` (by default the app's `db`, which every write
 * transaction uses): the connection must be inside a transaction, or this throws.
 */
export async function transactionConnection(tx: unknown, client: { $connect(): Promise<void> } = appDb): Promise<Database.Database> {
  void tx; // the transaction is identified by the lock its callback holds, not by the object
  const connection = (await connectionOf(client)).db;
  if (!connection.inTransaction) throw new Error("transactionConnection: not inside a transaction of this client");
  return connection;
}
