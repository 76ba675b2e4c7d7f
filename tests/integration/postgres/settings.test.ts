import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { onPostgres } from "../helpers";

/**
 * The operator's PostgreSQL limits (issue 12, README "Running on PostgreSQL"): the pool never
 * opens more than FACTDESK_PG_POOL_SIZE connections, and a statement running longer than
 * FACTDESK_PG_STATEMENT_TIMEOUT_MS is cancelled by the server.
 */
function withEnv<T>(vars: Record<string, string>, make: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return make();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe.skipIf(!onPostgres)("PostgreSQL pool and statement timeout settings", () => {
  it("cancels a statement that runs past FACTDESK_PG_STATEMENT_TIMEOUT_MS", async () => {
    const client = withEnv({ FACTDESK_PG_STATEMENT_TIMEOUT_MS: "300" }, () => createDb(process.env.DATABASE_URL));
    try {
      const [{ timeout }] = await client.$queryRawUnsafe<Array<{ timeout: string }>>(`SELECT current_setting('statement_timeout') AS timeout`);
      expect(timeout).toBe("300ms");
      const started = Date.now();
      await expect(client.$queryRawUnsafe(`SELECT pg_sleep(3)::text AS slept`)).rejects.toThrow(/statement timeout|57014/);
      expect(Date.now() - started).toBeLessThan(2_500);
      // The connection is usable afterwards.
      expect(await client.$queryRawUnsafe<Array<{ one: number }>>(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    } finally {
      await client.$disconnect();
    }
  });

  it("opens at most FACTDESK_PG_POOL_SIZE connections however many queries wait", async () => {
    const client = withEnv({ FACTDESK_PG_POOL_SIZE: "3" }, () => createDb(process.env.DATABASE_URL));
    try {
      const [{ pid }] = await client.$queryRawUnsafe<Array<{ pid: number }>>(`SELECT pg_backend_pid() AS pid`);
      const pids = await Promise.all(
        Array.from({ length: 12 }, () => client.$queryRawUnsafe<Array<{ pid: number }>>(`SELECT pg_backend_pid() AS pid, pg_sleep(0.1)::text AS slept`).then((r) => r[0].pid)),
      );
      const distinct = new Set([pid, ...pids]);
      expect(distinct.size).toBeLessThanOrEqual(3);
      expect(distinct.size).toBeGreaterThan(1); // they did run side by side
    } finally {
      await client.$disconnect();
    }
  });
});
