import { db, type Db, type Tx } from "./client";
import { notifyEventsCommitted } from "@/lib/realtime/notify";
import { isPostgres } from "./database-url";
import { runFastWrite } from "./sqlite/write-connection";

/**
 * Transactions, the one way a use case gets a handle that writes (issue 16). Pass the handle
 * on to lib/data/<aggregate>.ts functions; never keep it after `work` returns.
 */

/** How many times a transaction that lost its snapshot to another connection is re-run. */
const SNAPSHOT_RETRIES = 3;

/**
 * SQLite (WAL) refuses to turn a transaction that has read into one that writes when another
 * connection (another instance of the app, a backup tool) committed since the read: its
 * reads would be stale. Nothing was written, so the work can run again on fresh data.
 */
function lostSnapshot(error: unknown): boolean {
  // Prisma reports it as P1008 with the driver's code in meta.driverAdapterError.cause;
  // better-sqlite3 itself (the hot writes' prepared statements) as the error's code.
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  return e?.code === "SQLITE_BUSY_SNAPSHOT" || e?.meta?.driverAdapterError?.cause?.originalCode === "SQLITE_BUSY_SNAPSHOT";
}

/**
 * PostgreSQL (issue 12): write transactions take one transaction-scoped advisory lock first,
 * so they run one at a time across every instance of the app, as behind SQLite's single
 * writer, and a use case that reads then writes commits with what it read (READ COMMITTED:
 * each statement sees everything committed before it, and nothing commits meanwhile).
 * Readers never wait for it. Tried first: SERIALIZABLE with retries; 20 clients editing one
 * claim aborted over 10% of their writes even after 12 retries
 * (tests/integration/reliability/concurrency.test.ts). A deadlock or serialization failure
 * (40P01, 40001; Prisma's P2034) still re-runs the transaction, a few times.
 */
const POSTGRES_RETRIES = 5;
/** pg_advisory_xact_lock key of the write lock (any constant no other code uses). */
export const WRITE_LOCK_KEY = 7_270_120_001;
const WRITE_LOCK_SQL = `SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`;

function writeConflict(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } } | null;
  const cause = e?.meta?.driverAdapterError?.cause;
  return e?.code === "P2034" || cause?.kind === "TransactionWriteConflict" || cause?.originalCode === "40001" || cause?.originalCode === "40P01";
}

/** The app is typed against the SQLite client, whose isolation levels are Serializable only. */
const REPEATABLE_READ = "RepeatableRead" as unknown as "Serializable";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a use case's reads and writes in one transaction and, once committed, wakes the
 * live-update feed. A use case that reads then writes does both in here, so what it decided
 * on is what it commits with. Every mutating use case goes through here.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  // On PostgreSQL this process's writes queue here before taking a pool connection, so at most
  // one connection per instance waits on the advisory lock and reads keep the rest of the pool.
  return isPostgres() ? queuedWrite(() => runWriteTransaction(work)) : runWriteTransaction(work);
}

let writeQueue: Promise<unknown> = Promise.resolve();

function queuedWrite<T>(run: () => Promise<T>): Promise<T> {
  const turn = writeQueue.then(run, run);
  writeQueue = turn.catch(() => undefined);
  return turn;
}

/**
 * The transaction of a hot write (issue 16, item 7): create a claim, update a claim, link a
 * source, add a comment, the writes the newsroom makes all day. The use case is the same on
 * every database; only the handle differs.
 *
 * - SQLite: one transaction on prepared statements (`runFastWrite`, sqlite/write-connection.ts)
 *   on the app's own write connection. Every store function the use case calls with the handle
 *   answers from cached better-sqlite3 statements (about 0.05 ms each) instead of a Prisma query
 *   (0.3-0.4 ms of main-thread CPU each, 5-13 per write).
 * - PostgreSQL: `writeTransaction`, the ORM path, unchanged.
 *
 * `FACTDESK_HOT_WRITES=orm` sends SQLite through the ORM path too: the reference the
 * equivalence test (tests/integration/claims/hot-writes.test.ts) compares the fast path with,
 * row by row, and a switch to turn the fast path off in production.
 */
export async function hotWriteTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isPostgres() || process.env.FACTDESK_HOT_WRITES === "orm") return writeTransaction(work);
  return runWriteTransaction(work, () => runFastWrite(db, (handle) => work(handle as unknown as Tx)));
}

async function runWriteTransaction<T>(work: (tx: Tx) => Promise<T>, run: () => Promise<T> = () => db.$transaction(work)): Promise<T> {
  const postgres = isPostgres();
  for (let attempt = 1; ; attempt++) {
    try {
      const result = postgres
        ? await db.$transaction(
            async (tx) => {
              await tx.$executeRawUnsafe(WRITE_LOCK_SQL);
              return work(tx);
            },
            { maxWait: 10_000, timeout: 30_000 },
          )
        : await run();
      notifyEventsCommitted();
      return result;
    } catch (error) {
      if (postgres) {
        if (attempt >= POSTGRES_RETRIES || !writeConflict(error)) throw error;
        await pause(Math.random() * 20 * attempt); // jittered backoff
        continue;
      }
      if (attempt >= SNAPSHOT_RETRIES || !lostSnapshot(error)) throw error;
    }
  }
}

/**
 * Limits of a read transaction: the export of a 2,000-claim article on a loaded machine takes
 * longer than Prisma's default 5 s, and may wait behind a long write for the connection.
 */
export function readTransactionOptions(): { maxWait: number; timeout: number } {
  // A fresh object per call: Prisma 7.10 writes into the options object it is given (a shared
  // constant came back carrying the first transaction's state, and every later transaction
  // failed with "A start cannot be executed on a committed transaction").
  return { maxWait: 10_000, timeout: 60_000 };
}

/**
 * Several reads from one committed snapshot (a read transaction), e.g. an article's text and
 * its claims' offsets, so a revision committed meanwhile is seen entirely or not at all.
 */
export function readTransaction<T>(work: (client: Tx) => Promise<T>): Promise<T> {
  // PostgreSQL's default (READ COMMITTED) takes a new snapshot per statement; REPEATABLE READ
  // keeps one for the whole transaction, as a read transaction on SQLite does.
  if (isPostgres()) return db.$transaction(work, { ...readTransactionOptions(), isolationLevel: REPEATABLE_READ });
  return db.$transaction(work, readTransactionOptions());
}

export type { Db, Tx };
