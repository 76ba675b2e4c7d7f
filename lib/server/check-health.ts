import { checkDatabaseHealth, type DatabaseHealth } from "@/lib/data/health";

export interface Health {
  status: "ok" | "unavailable";
  database: DatabaseHealth;
}

/**
 * Whether this instance can serve (GET /api/health): the database answers and has every
 * migration this build expects. Public by design (a proxy or orchestrator asks without a
 * session); it tells nothing beyond the database kind, migration names and timing.
 */
export async function checkHealth(): Promise<Health> {
  const database = await checkDatabaseHealth();
  return { status: database.reachable && database.pendingMigrations.length === 0 ? "ok" : "unavailable", database };
}
