import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

/**
 * A FIFO async lock that hands over through the event loop. better-sqlite3 is synchronous and
 * the adapter answers with already-resolved promises, so a transaction runs entirely in
 * microtasks; if the lock passed straight to the next waiter (a microtask too), every queued
 * transaction would run back to back in one microtask drain, and the event loop (new
 * connections, static files, timers) would wait for all of them: measured under the bench's
 * write load as stalls of 1 to 9 seconds (bench/RESULTS.md, "Stalls"). Releasing through
 * setImmediate lets the loop run between two transactions, so a stall is at most one of them.
 */
class Lock {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = () => void setImmediate(resolve)));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

/**
 * The better-sqlite3 adapter runs every query on one connection, but only transactions take
 * its lock: a plain query issued while another request's interactive transaction is open
 * runs inside that transaction (it sees uncommitted rows, and a write would be rolled back
 * with it). This wrapper makes the connection strictly serial: a plain query waits for any
 * open transaction to finish, and a transaction waits for running plain queries. Queries
 * are microseconds (SQLite is in-process), so the wait is short.
 */
export function serializeAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return serializeAdapterWithLock(adapter).adapter;
}

/**
 * As serializeAdapter, and also returns `exclusive`: runs work while holding the same lock,
 * so no Prisma query or transaction is in flight on the connection meanwhile (used by
 * write-connection.ts to run synchronous better-sqlite3 transactions on it).
 */
export function serializeAdapterWithLock(adapter: SqlDriverAdapter): { adapter: SqlDriverAdapter; exclusive: <T>(work: () => Promise<T> | T) => Promise<T> } {
  const lock = new Lock();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  const exclusive = async <T>(work: () => Promise<T> | T): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  adapter.queryRaw = (query) => exclusive(() => queryRaw(query));
  adapter.executeRaw = (query) => exclusive(() => executeRaw(query));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    tx.commit = async () => {
      try {
        await commit();
      } finally {
        done();
      }
    };
    tx.rollback = async () => {
      try {
        await rollback();
      } finally {
        done();
      }
    };
    return tx;
  };
  return { adapter, exclusive };
}
