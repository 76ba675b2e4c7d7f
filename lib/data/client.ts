import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseFile, databaseUrl } from "./sqlite/database-url";
import { serializeAdapter } from "./sqlite/serialized-adapter";

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
].join("\n");

export function createDb(url = databaseUrl()): PrismaClient {
  const factory = new PrismaBetterSqlite3({ url: "file:" + databaseFile(url), timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return serializeAdapter(adapter);
  };
  // Prisma 7 compiles each query shape once and keeps the plan (queryPlanCacheMaxSize,
  // default 1,000 shapes); the app has far fewer shapes, so the default stays on.
  return new PrismaClient({ adapter: factory });
}

const globalForDb = globalThis as unknown as { factdeskDb?: PrismaClient };

/** The process-wide client (kept on globalThis so dev-server reloads reuse it). */
export const db: PrismaClient = globalForDb.factdeskDb ?? createDb();
globalForDb.factdeskDb = db;
