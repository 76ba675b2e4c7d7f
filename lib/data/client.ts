import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl, providerOf } from "./database-url";
import { databaseFile } from "./sqlite/database-url";
import { createPostgresDb } from "./postgres/client";
import type Database from "better-sqlite3";
import { serializeAdapterWithLock } from "./sqlite/serialized-adapter";
import { registerWriteConnection, unregisterWriteConnection } from "./sqlite/write-connection";
import { startCheckpointer } from "./sqlite/checkpointer";

/**
 * The app is typed against the SQLite client (lib/generated/prisma). On PostgreSQL the
 * factory returns the PostgreSQL client (lib/generated/prisma-pg, generated from the same
 * models) under this type: the two clients' types are not mutually assignable, but their
 * query API over the same models is the same (issue 12).
 */
export type Db = PrismaClient;
/** The client handed to a use case inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

// WAL lets readers run while one writer writes and makes each commit a cheap append;
// synchronous=NORMAL is durable across a process crash (kill -9), which is what the
// reliability tests check. Foreign keys are per connection in SQLite.
const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = NORMAL;",
  "PRAGMA busy_timeout = 5000;",
  "PRAGMA foreign_keys = ON;",
  // After a checkpoint has copied the whole log back, the -wal file is cut to this size.
  "PRAGMA journal_size_limit = 67108864;",
].join("\n");

/**
 * Where WAL checkpoints run: "worker" (a thread of its own, see sqlite/checkpointer.ts; the
 * default of the production server) or "inline" (SQLite's automatic checkpoint inside the
 * commit that fills the log: it blocks the event loop for the copy and an fsync, tens to
 * hundreds of milliseconds on a busy disk). Tests and scripts keep "inline" unless
 * FACTDESK_WAL_CHECKPOINT says otherwise.
 */
function checkpointMode(): "worker" | "inline" {
  const mode = process.env.FACTDESK_WAL_CHECKPOINT;
  if (mode === "worker" || mode === "inline") return mode;
  return process.env.NODE_ENV === "production" ? "worker" : "inline";
}

/**
 * A client for DATABASE_URL (or `url`): `postgresql://`/`postgres://` → the PostgreSQL client
 * on @prisma/adapter-pg (lib/data/postgres/client.ts), `file:` → the SQLite client on
 * better-sqlite3 with its pragmas, write serialiser and checkpointer.
 */
export function createDb(url = databaseUrl()): PrismaClient {
  if (providerOf(url) === "postgresql") return createPostgresDb(url) as unknown as PrismaClient;
  return createSqliteDb(url);
}

function createSqliteDb(url: string): PrismaClient {
  const file = databaseFile(url);
  const factory = new PrismaBetterSqlite3({ url: "file:" + file, timeout: 5000 });
  let client: PrismaClient | null = null;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    const stopCheckpointer =
      checkpointMode() === "worker" ? startCheckpointer(file, () => void adapter.executeScript("PRAGMA wal_autocheckpoint = 1000;").catch(() => undefined)) : null;
    if (stopCheckpointer) {
      // No log truncation on this connection either: the first commit after the log restarts
      // cut the -wal file back to journal_size_limit with an ftruncate on the main thread,
      // measured at 118 ms with strace during the newsroom benchmark (the log had grown past
      // 64 MB under load): a stall for every request. The file keeps its largest size (disk
      // only; SQLite reuses it from the start) and goes away when the last connection closes.
      await adapter.executeScript("PRAGMA wal_autocheckpoint = 0;\nPRAGMA journal_size_limit = -1;");
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        stopCheckpointer();
        await dispose();
      };
    }
    const serialized = serializeAdapterWithLock(adapter);
    // The adapter's better-sqlite3 connection, for prepared statements (sqlite/write-connection.ts).
    const raw = (adapter as unknown as { client?: Database.Database }).client;
    if (client && raw) {
      const owner = client;
      registerWriteConnection(owner, { db: raw, exclusive: serialized.exclusive });
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        unregisterWriteConnection(owner);
        await dispose();
      };
    }
    return serialized.adapter;
  };
  // Prisma 7 compiles each query shape once and keeps the plan (queryPlanCacheMaxSize,
  // default 1,000 shapes); the app has far fewer shapes, so the default stays on.
  client = new PrismaClient({ adapter: factory });
  return client;
}

const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

/** The process-wide client (kept on globalThis so dev-server reloads reuse it). */
export const db: PrismaClient = globalForDb.factdeskDb ?? createDb();
globalForDb.factdeskDb = db;
