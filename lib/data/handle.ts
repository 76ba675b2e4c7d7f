import { db, type Db, type Tx } from "./client";

/**
 * How a use case gets a database handle without importing the client: reads (and the few
 * single-statement writes that need no transaction) run in `withDb`, writes in
 * `writeTransaction` (its `tx`). Either handle is passed on to the store functions in
 * lib/data/<aggregate>.ts, which are the only code that touches it.
 */
export function withDb<T>(work: (client: Db) => Promise<T>): Promise<T> {
  return work(db);
}

/** A handle as a use case passes it on (its type only; the client is used in lib/data alone). */
export type Handle = Db | Tx;
