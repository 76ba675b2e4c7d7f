import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * WAL checkpoints off the event loop.
 *
 * In WAL mode SQLite copies the log back into the database file ("checkpoint") when the log
 * reaches 1,000 pages, inside the COMMIT of the write that filled it: on the app's single
 * write connection, on the event loop's thread, followed by an fsync of the database
 * file. Measured here that commit took 40–50 ms instead of 0.1 ms on a busy disk, and every
 * request waited for it (bench/RESULTS.md, "Stalls").
 *
 * Instead the write connection turns automatic checkpoints off and a worker thread, with a
 * connection of its own, runs `PRAGMA wal_checkpoint(PASSIVE)` every CHECKPOINT_MS. A passive
 * checkpoint never waits for and never blocks readers or the writer; once the whole log is
 * copied, the next write starts the log again from its beginning, so the -wal file stays
 * small. If the worker cannot start or dies, the caller turns automatic checkpoints back on.
 *
 * One worker per database file per process, shared by every client of that file and ended
 * when the last of them is disposed.
 */
const CHECKPOINT_MS = Math.max(50, Number(process.env.FACTDESK_CHECKPOINT_MS) || 500);

export interface CheckpointStats {
  runs: number;
  /** Pages copied into the database file. */
  pages: number;
  totalMs: number;
  maxMs: number;
  /** Checkpoints that could not copy every frame (a reader still used them). */
  partial: number;
  errors: number;
}

interface Entry {
  worker: Worker;
  users: number;
  stats: CheckpointStats;
  onFailure: Set<() => void>;
}

const globalForCheckpoint = globalThis as unknown as { factdeskCheckpointers?: Map<string, Entry> };
const running: Map<string, Entry> = (globalForCheckpoint.factdeskCheckpointers ??= new Map());

// Plain CommonJS in the worker: better-sqlite3 is loaded from the project's node_modules
// (the server's working directory, as for the PDF workers), outside any bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("wal_autocheckpoint = 0");
const stats = { runs: 0, pages: 0, totalMs: 0, maxMs: 0, partial: 0, errors: 0 };
setInterval(() => {
  const t0 = performance.now();
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    const ms = performance.now() - t0;
    stats.runs++;
    stats.totalMs += ms;
    if (ms > stats.maxMs) stats.maxMs = ms;
    if (r && r.checkpointed > 0) stats.pages += r.checkpointed;
    if (r && r.busy) stats.partial++;
  } catch (error) {
    stats.errors++;
  }
  parentPort.postMessage(stats);
}, workerData.intervalMs);
`;

/**
 * Starts (or joins) the checkpoint worker of `file`. Returns a stop function, or null when no
 * worker could be started (then keep SQLite's automatic checkpoints). `onFailure` runs if the
 * worker dies later.
 */
export function startCheckpointer(file: string, onFailure: () => void): (() => void) | null {
  if (!existsSync(file)) return null;
  let entry = running.get(file);
  if (!entry) {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { file, intervalMs: CHECKPOINT_MS, driver: path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "better-sqlite3") },
      });
    } catch {
      return null;
    }
    worker.unref();
    const created: Entry = { worker, users: 0, stats: { runs: 0, pages: 0, totalMs: 0, maxMs: 0, partial: 0, errors: 0 }, onFailure: new Set() };
    worker.on("message", (stats: CheckpointStats) => (created.stats = stats));
    const fail = () => {
      if (running.get(file) !== created) return;
      running.delete(file);
      for (const callback of created.onFailure) callback();
    };
    worker.on("error", (error) => {
      console.error("[factdesk] WAL checkpoint worker failed; SQLite's automatic checkpoints are back on:", error);
      fail();
    });
    worker.on("exit", fail);
    running.set(file, created);
    entry = created;
  }
  const joined = entry;
  joined.users++;
  joined.onFailure.add(onFailure);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    joined.onFailure.delete(onFailure);
    if (--joined.users > 0 || running.get(file) !== joined) return;
    running.delete(file);
    void joined.worker.terminate();
  };
}

/** What the checkpoint worker of `file` has done (null when none runs). */
export function checkpointStats(file: string): CheckpointStats | null {
  const entry = running.get(file);
  return entry ? { ...entry.stats, totalMs: Math.round(entry.stats.totalMs), maxMs: Math.round(entry.stats.maxMs * 10) / 10 } : null;
}
