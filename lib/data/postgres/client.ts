import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { postgresPoolConfig } from "./config";

/**
 * The PostgreSQL client (issue 12): the client generated from prisma/postgresql/schema.prisma
 * on @prisma/adapter-pg, over a pg pool sized and limited by FACTDESK_PG_POOL_SIZE and
 * FACTDESK_PG_STATEMENT_TIMEOUT_MS (config.ts). None of SQLite's connection machinery
 * (pragmas, write serialiser, WAL checkpointer, read-only connection) exists here: the
 * server runs transactions concurrently and each statement sees committed rows only.
 */
export function createPostgresDb(url: string): PostgresPrismaClient {
  const adapter = new PrismaPg(postgresPoolConfig(url), {
    onPoolError: (error) => console.error("PostgreSQL pool error:", error.message),
  });
  return new PostgresPrismaClient({ adapter });
}

export type { PostgresPrismaClient };
