import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

/** A FIFO async lock. */
class Lock {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
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
