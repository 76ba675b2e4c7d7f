import { db, type Tx } from "./client";
import { isPostgres } from "./database-url";
import { writeTransaction } from "./transaction";
import { lostSnapshotSqlite, runFastWrite } from "./sqlite/write-connection";
import { notifyEventsCommitted } from "@/lib/realtime/notify";

/**
 * The transaction of a hot write (issue 16, item 7): create a claim, update a claim, link a
 * source, add a comment, the writes the newsroom makes all day. The use case is the same on
 * every database; only the handle differs.
 *
 * - SQLite: one transaction on prepared statements (`runFastWrite`, lib/data/sqlite/
 *   write-connection.ts) on the app's own write connection. Every store function the use
 *   case calls with the handle answers from cached better-sqlite3 statements (about 0.05 ms
 *   each) instead of a Prisma query (0.3-0.4 ms of main-thread CPU each, 5-13 per write).
 * - PostgreSQL: `writeTransaction`, the ORM path, unchanged.
 *
 * `FACTDESK_HOT_WRITES=orm` sends SQLite through the ORM path too: the reference the
 * equivalence test (tests/integration/claims/hot-writes.test.ts) compares the fast path with,
 * row by row, and a switch to turn the fast path off in production.
 */
export async function hotWriteTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isPostgres() || process.env.FACTDESK_HOT_WRITES === "orm") return writeTransaction(work);
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await runFastWrite(db, (handle) => work(handle as unknown as Tx));
      notifyEventsCommitted();
      return result;
    } catch (error) {
      // Another process committed between our reads and our first write: run again on fresh data.
      if (attempt >= SNAPSHOT_RETRIES || !lostSnapshotSqlite(error)) throw error;
    }
  }
}

/** As writeTransaction (transaction.ts): how many times a transaction that lost its snapshot is re-run. */
const SNAPSHOT_RETRIES = 3;
