// Event-loop stalls from the write serialiser's lock handover (lib/data/sqlite/serialized-adapter.ts):
// 50 concurrent Prisma write transactions (a lookup + an Event insert each, like a hot write)
// on a real SQLite file, while a 10 ms ticker measures how late the event loop gets to it.
// "microtask" is the previous lock (the next transaction starts in a microtask as soon as one
// commits, so queued transactions run back to back without yielding); "setImmediate" is the
// current one. Alternating rounds, same process, same file.
//   npx tsx bench/lock-handover.ts [--rounds 4] [--writers 50]
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serializeAdapter } from "@/lib/data/sqlite/serialized-adapter";
import { summarise } from "./lib/stats";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "4" }, writers: { type: "string", default: "50" } } });
const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-lock-"));
const template = path.join(dir, "template.db");
const migrated = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: "file:" + template }, encoding: "utf8" });
if (migrated.status !== 0) throw new Error(migrated.stderr);

/** The serialiser as it was before: the lock passes to the next waiter in a microtask. */
function serializeMicrotask(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let tail: Promise<void> = Promise.resolve();
  const acquire = () => {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = tail.then(() => release);
    tail = tail.then(() => next);
    return ready;
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (level) => {
    const release = await acquire();
    const tx = await startTransaction(level);
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = async () => {
      try { await commit(); } finally { release(); }
    };
    tx.rollback = async () => {
      try { await rollback(); } finally { release(); }
    };
    return tx;
  };
  return adapter;
}

function client(file: string, mode: "microtask" | "setImmediate") {
  const factory = new PrismaBetterSqlite3({ url: "file:" + file, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    return mode === "microtask" ? serializeMicrotask(adapter) : serializeAdapter(adapter);
  };
  return new PrismaClient({ adapter: factory });
}

async function round(mode: "microtask" | "setImmediate", n: number) {
  const file = path.join(dir, `${mode}-${n}.db`);
  copyFileSync(template, file);
  const db = client(file, mode);
  const user = await db.user.create({ data: { email: `u${n}@x.test`, name: "U", role: "editor", passwordHash: "x" } });
  for (let i = 0; i < 20; i++) await db.$transaction(async (tx) => { await tx.user.findUnique({ where: { id: user.id } }); }); // warm the plans
  const lateness: number[] = [];
  let expected = performance.now() + 10;
  const ticker = setInterval(() => {
    const now = performance.now();
    lateness.push(Math.max(0, now - expected));
    expected = now + 10;
  }, 10);
  const t0 = performance.now();
  for (let wave = 0; wave < 5; wave++) {
    await Promise.all(
      Array.from({ length: Number(values.writers) }, (_, i) =>
        db.$transaction(async (tx) => {
          await tx.user.findUnique({ where: { id: user.id }, select: { id: true, name: true } });
          await tx.event.create({ data: { type: "comment.added", actorId: user.id, targetType: "comment", targetId: `${wave}-${i}`, after: JSON.stringify({ body: "x".repeat(200) }) } });
        }),
      ),
    );
  }
  const wall = performance.now() - t0;
  lateness.push(Math.max(0, performance.now() - expected)); // a ticker that never ran was late the whole time
  clearInterval(ticker);
  await db.$disconnect();
  const s = summarise(lateness);
  return { wallMs: Math.round(wall), transactions: 5 * Number(values.writers), ticks: lateness.length - 1, tickerLatenessMs: s };
}

async function main() {
  const results: Record<string, unknown[]> = { microtask: [], setImmediate: [] };
  for (let n = 0; n < Number(values.rounds); n++) {
    for (const mode of ["microtask", "setImmediate"] as const) {
      const r = await round(mode, n);
      results[mode].push(r);
      console.log(`${mode.padEnd(12)} round ${n + 1}: ${r.transactions} transactions in ${r.wallMs} ms; ${r.ticks} ticks; event loop late p50 ${r.tickerLatenessMs.p50} / p99 ${r.tickerLatenessMs.p99} / max ${r.tickerLatenessMs.max} ms (load average ${os.loadavg()[0].toFixed(1)})`);
    }
  }
  mkdirSync(path.join(__dirname, "results"), { recursive: true });
  writeFileSync(path.join(__dirname, "results", "lock-handover.json"), JSON.stringify({ at: new Date().toISOString(), loadAverage: os.loadavg(), results }, null, 2) + "\n");
}

void main();
