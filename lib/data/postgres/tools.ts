import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { postgresPoolConfig } from "./config";

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql) for backup and restore
 * (issue 12). Found on PATH, in FACTDESK_PG_BIN, or in Debian's /usr/lib/postgresql/<n>/bin
 * (newest first: pg_dump must be at least the server's version).
 */
export function pgTool(name: "pg_dump" | "pg_restore" | "psql"): string {
  const dirs = [process.env.FACTDESK_PG_BIN, ...debianBins(), ...(process.env.PATH ?? "").split(path.delimiter)].filter(Boolean) as string[];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`${name} not found: install PostgreSQL's client programs (apt-get install -y postgresql-client) or set FACTDESK_PG_BIN.`);
}

function debianBins(): string[] {
  try {
    return readdirSync("/usr/lib/postgresql")
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => path.join("/usr/lib/postgresql", v, "bin"));
  } catch {
    return [];
  }
}

/** Connection settings for libpq programs, passed through the environment (never on the command line, where `ps` shows them). */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const c = postgresPoolConfig(url);
  const sslmode = new URL(url).searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: String(c.host ?? "localhost"),
    PGPORT: String(c.port ?? 5432),
    PGDATABASE: String(c.database ?? "postgres"),
    ...(c.user ? { PGUSER: String(c.user) } : {}),
    ...(c.password ? { PGPASSWORD: String(c.password) } : {}),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

/** Runs a libpq program against `url`; rejects with its stderr when it fails. */
export function runPgTool(name: "pg_dump" | "pg_restore" | "psql", args: string[], url: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgTool(name), args, { env: libpqEnv(url), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${name} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`))));
  });
}
