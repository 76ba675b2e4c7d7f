// `npm run test:reliability`: crash safety. Runs a write load against the production server,
// kill -9's it at random moments five times, restarts it each time, and checks that every
// write acknowledged before a kill is in the database, that integrity_check passes and that
// the app starts cleanly. Exits non-zero on any failure.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const root = path.resolve(__dirname, "../..");
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
const CLIENTS = 20;
const port = 3320;
const base = `http://127.0.0.1:${port}`;
const tmp = mkdtempSync(path.join(os.tmpdir(), "factdesk-crash-"));
const dbFile = path.join(tmp, "crash.db");
const env = { ...process.env, DATABASE_URL: "file:" + dbFile, NEXTAUTH_SECRET: "crash-secret", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1", FACTDESK_BCRYPT_COST: "4" };

function must(label: string, args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${label} failed`);
}

async function waitUp(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(base + "/signin")).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The server did not start after a crash");
}

function startServer(): ChildProcess {
  // Its own process group, so kill -9 reaches every process of the server.
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { cwd: root, env, stdio: "ignore", detached: true });
}

interface Acked {
  claims: Set<string>;
  updates: Map<string, { version: number; rationale: string }>;
}

async function writeUntilKilled(tokens: string[], articles: { id: string; phrases: { exact: string; start: number; end: number }[] }[], acked: Acked, stop: { now: boolean }) {
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const token = tokens[c % tokens.length];
      const article = articles[c % articles.length];
      const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
      while (!stop.now) {
        try {
          const p = article.phrases[n++ % article.phrases.length];
          const res = await fetch(`${base}/api/articles/${article.id}/claims`, { method: "POST", headers, body: JSON.stringify(p) });
          if (res.status !== 201) continue;
          const { claim } = (await res.json()) as { claim: { id: string; version: number } };
          acked.claims.add(claim.id);
          const rationale = `acked ${c}-${n}`;
          const up = await fetch(`${base}/api/claims/${claim.id}`, { method: "PATCH", headers, body: JSON.stringify({ version: claim.version, rationale }) });
          if (up.status === 200) {
            const body = (await up.json()) as { claim: { version: number } };
            acked.updates.set(claim.id, { version: body.claim.version, rationale });
          }
        } catch {
          await new Promise((r) => setTimeout(r, 50)); // the server is down: not acknowledged
        }
      }
    }),
  );
}

function verify(acked: Acked): string[] {
  const db = new Database(dbFile, { readonly: true });
  const problems: string[] = [];
  const integrity = db.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
  const fk = db.pragma("foreign_key_check") as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
  const getClaim = db.prepare("SELECT version, rationale FROM Claim WHERE id = ?");
  const getEvent = db.prepare("SELECT COUNT(*) AS n FROM Event WHERE claimId = ? AND type = 'claim.created'");
  for (const id of acked.claims) {
    if (!getClaim.get(id)) problems.push(`acknowledged claim ${id} is missing`);
    else if ((getEvent.get(id) as { n: number }).n !== 1) problems.push(`claim ${id} has no creation event`);
  }
  for (const [id, u] of acked.updates) {
    const row = getClaim.get(id) as { version: number; rationale: string } | undefined;
    if (!row || row.version < u.version || (row.version === u.version && row.rationale !== u.rationale)) problems.push(`acknowledged update of ${id} (v${u.version}) is missing`);
  }
  db.close();
  return problems;
}

async function main() {
  if (process.env.FACTDESK_SKIP_BUILD !== "1" || !existsSync(path.join(root, ".next", "BUILD_ID"))) must("Build", ["node_modules/next/dist/bin/next", "build"]);
  must("Migrate", ["scripts/prisma.mjs", "migrate", "deploy"]);
  must("Seed", ["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"]);
  process.env.DATABASE_URL = env.DATABASE_URL;
  const { prepareBenchData } = await import("../../bench/lib/prepare");
  const data = await prepareBenchData();
  const acked: Acked = { claims: new Set(), updates: new Map() };
  for (let round = 1; round <= KILLS; round++) {
    const server = startServer();
    await waitUp();
    const stop = { now: false };
    const writing = writeUntilKilled(data.tokens, data.articles, acked, stop);
    const after = 1000 + Math.random() * 3000;
    await new Promise((r) => setTimeout(r, after));
    process.kill(-server.pid!, "SIGKILL");
    stop.now = true;
    await writing;
    await new Promise((r) => setTimeout(r, 300));
    const problems = verify(acked);
    console.log(`Round ${round}: killed after ${Math.round(after)} ms; ${acked.claims.size} claims and ${acked.updates.size} updates acknowledged so far; ${problems.length ? problems.length + " problems" : "all present, integrity ok"}`);
    if (problems.length) {
      console.error(problems.slice(0, 20).join("\n"));
      process.exit(1);
    }
  }
  const server = startServer();
  await waitUp();
  process.kill(-server.pid!, "SIGTERM");
  console.log(`Crash test passed: ${KILLS} kill -9 restarts, ${acked.claims.size} acknowledged claims and ${acked.updates.size} acknowledged updates all present; the app starts cleanly.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
