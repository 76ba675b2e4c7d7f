import type { PoolConfig } from "pg";

/** Connections in one app process's pool (pg's `max`). */
export const DEFAULT_POOL_SIZE = 10;
/** Longest a statement may run before PostgreSQL cancels it (ms; 0 = no limit). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}; got "${raw}".`);
  return value;
}

/**
 * pg connection settings from a postgresql:// URL plus the operator's limits:
 *   FACTDESK_PG_POOL_SIZE            connections per app process (default 10)
 *   FACTDESK_PG_STATEMENT_TIMEOUT_MS statement_timeout of every connection (default 30000; 0 = none)
 *   FACTDESK_PG_CONNECT_TIMEOUT_MS   how long to wait for a new connection (default 10000)
 * Connection fields, not `connectionString`, so a `database` override (a shadow or scratch
 * database) is honoured: pg lets a connection string win over the other fields.
 */
export function postgresPoolConfig(url: string, overrides: Partial<PoolConfig> = {}): PoolConfig {
  const u = new URL(url);
  const params = u.searchParams;
  const sslmode = params.get("sslmode");
  return {
    host: params.get("host") ?? (decodeURIComponent(u.hostname) || "localhost"),
    port: Number(u.port || params.get("port") || 5432),
    user: decodeURIComponent(u.username || "") || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ...(sslmode && sslmode !== "disable" ? { ssl: { rejectUnauthorized: sslmode === "verify-full" || sslmode === "verify-ca" } } : {}),
    max: intFromEnv("FACTDESK_PG_POOL_SIZE", DEFAULT_POOL_SIZE, 1),
    statement_timeout: intFromEnv("FACTDESK_PG_STATEMENT_TIMEOUT_MS", DEFAULT_STATEMENT_TIMEOUT_MS, 0) || undefined,
    connectionTimeoutMillis: intFromEnv("FACTDESK_PG_CONNECT_TIMEOUT_MS", 10_000, 0),
    application_name: "factdesk",
    ...overrides,
  };
}
