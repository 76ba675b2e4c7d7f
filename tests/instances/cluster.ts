import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startServer, type RunningServer } from "../../bench/lib/server";
import { serverNodeFlags } from "../../scripts/server-flags.mjs";

/**
 * Several production servers (scripts/server.mjs) over one database, for the two-instance
 * tests (issue 12) and the PostgreSQL bench. The database is fresh for each run: on
 * PostgreSQL a new database on the server named by FACTDESK_PG_URL (any database URL of a
 * role that may create databases); without it, a temporary SQLite file (several instances on
 * one SQLite file work too, with the 1 s poll as the cross-instance signal). CI's
 * FACTDESK_TEST_PG_URL is used when FACTDESK_PG_URL is unset.
 */
const root = path.resolve(__dirname, "../..");

export interface Instances {
  databaseUrl: string;
  servers: RunningServer[];
  stop(): Promise<void>;
}

/** A new, empty database; returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = process.env.FACTDESK_PG_URL ?? process.env.FACTDESK_TEST_PG_URL;
  if (!admin) return "file:" + path.join(mkdtempSync(path.join(os.tmpdir(), `factdesk-${name}-`)), "factdesk.db");
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = "/" + name;
  return url.toString();
}

/** Applies the migrations and, unless `seed` is false, the demo accounts and sample article. */
export function migrateAndSeed(databaseUrl: string, seed = true): void {
  const env = { ...process.env, DATABASE_URL: databaseUrl, FACTDESK_BCRYPT_COST: "4" };
  const steps = [["scripts/prisma.mjs", "migrate", "deploy"], ...(seed ? [["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"]] : [])];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  }
}

/** Starts one production server per port over `databaseUrl` (one shared session secret). */
export async function startInstances(opts: { databaseUrl: string; ports: number[]; env?: NodeJS.ProcessEnv; logDir?: string }): Promise<Instances> {
  const secret = "instances-secret-" + Date.now();
  const servers: RunningServer[] = [];
  try {
    for (const [i, port] of opts.ports.entries()) {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: opts.databaseUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://localhost:${port}`,
        FACTDESK_DEMO: "1",
        FACTDESK_BCRYPT_COST: "4",
        NEXT_TELEMETRY_DISABLED: "1",
        ...opts.env,
      };
      servers.push(
        await startServer({
          command: process.execPath,
          args: [...serverNodeFlags(), "scripts/server.mjs", "-p", String(port)],
          env,
          port,
          readyPath: "/signin",
          cwd: root,
          stdoutFile: opts.logDir ? path.join(opts.logDir, `instance-${String.fromCharCode(97 + i)}.log`) : undefined,
        }),
      );
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
  return { databaseUrl: opts.databaseUrl, servers, stop: async () => void (await Promise.all(servers.map((s) => s.stop()))) };
}
