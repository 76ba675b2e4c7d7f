import { readdirSync } from "node:fs";
import path from "node:path";
import { db, type Db } from "./client";
import { databaseProvider, type DatabaseProvider } from "./database-url";

/**
 * The database as a load balancer's health check sees it (GET /api/health, issue 12): can
 * this instance reach it, and has every migration in this build's migrations folder been
 * applied (an instance of a newer build in front of an older schema must not take traffic).
 */
export interface DatabaseHealth {
  provider: DatabaseProvider;
  reachable: boolean;
  /** Migrations of this build missing (or failed) in the database; empty when up to date. */
  pendingMigrations: string[];
  appliedMigrations: number;
  /** Why the database is unhealthy, when it is. */
  problem: string | null;
  latencyMs: number;
}

/** This build's migration names for the current database (folder names, in order). */
function expectedMigrations(provider: DatabaseProvider): string[] {
  const dir = provider === "postgresql" ? path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "postgresql", "migrations") : path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^\d+_/.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** `client`/`url` default to the app's own database (tests pass others). */
export async function checkDatabaseHealth(options: { client?: Db; url?: string; timeoutMs?: number } = {}): Promise<DatabaseHealth> {
  const client = options.client ?? db;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const provider = databaseProvider(options.url);
  const started = performance.now();
  const result = (reachable: boolean, pendingMigrations: string[], appliedMigrations: number, problem: string | null): DatabaseHealth => ({
    provider,
    reachable,
    pendingMigrations,
    appliedMigrations,
    problem,
    latencyMs: Math.round(performance.now() - started),
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const rows = await Promise.race([
      client.$queryRawUnsafe<Array<{ migration_name: string }>>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      timeout,
    ]);
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expectedMigrations(provider).filter((name) => !applied.has(name));
    return result(true, pending, applied.size, pending.length ? `${pending.length} migration(s) not applied: run npm run db:migrate` : null);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Reached, but no migrations table: nothing was ever migrated.
    if (/_prisma_migrations/.test(message) && /(does not exist|no such table)/i.test(message)) {
      return result(true, expectedMigrations(provider), 0, "The database has never been migrated: run npm run db:migrate");
    }
    // The driver's words can name the host or the database user: they go to the server log only.
    console.error("[factdesk] health check: the database cannot be reached:", message.split("\n")[0].slice(0, 300));
    return result(false, [], 0, "The database cannot be reached. See the server log for the reason.");
  } finally {
    clearTimeout(timer);
  }
}
