// How long a commit blocks the event loop when SQLite checkpoints the WAL inside it
// (automatic checkpoint at 1,000 pages, the default) against checkpoints in a worker thread
// (lib/data/sqlite/checkpointer.ts, the production default). The same write mix as the bench
// (a claim-sized row + an event row + an FTS5 row per transaction) on a real file, alternating
// the two modes in rounds so both see the same machine load.
//   npx tsx bench/checkpoint-stall.ts [--rounds 4] [--writes 3000]
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { startCheckpointer } from "@/lib/data/sqlite/checkpointer";
import { summarise } from "./lib/stats";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "4" }, writes: { type: "string", default: "3000" } } });
const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-ckpt-"));

async function round(mode: "inline" | "worker", n: number) {
  const file = path.join(dir, `${mode}-${n}.db`);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(`CREATE TABLE claim (id INTEGER PRIMARY KEY, article TEXT, exact TEXT, prefix TEXT, suffix TEXT, rationale TEXT);
           CREATE INDEX claim_article ON claim(article);
           CREATE TABLE event (id INTEGER PRIMARY KEY, type TEXT, after TEXT);
           CREATE VIRTUAL TABLE search_claim USING fts5(exact, rationale);`);
  let stop: (() => void) | null = null;
  if (mode === "worker") {
    stop = startCheckpointer(file, () => undefined);
    db.pragma("wal_autocheckpoint = 0");
  }
  const claim = db.prepare("INSERT INTO claim (article, exact, prefix, suffix, rationale) VALUES (?, ?, ?, ?, ?)");
  const event = db.prepare("INSERT INTO event (type, after) VALUES (?, ?)");
  const fts = db.prepare("INSERT INTO search_claim (rowid, exact, rationale) VALUES (?, ?, ?)");
  const words = "the unemployment rate fell to percent in march lowest decade exports rose".split(" ");
  const times: number[] = [];
  for (let i = 0; i < Number(values.writes); i++) {
    const exact = Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" ") + ` ${i}`;
    const t0 = performance.now();
    db.transaction(() => {
      const r = claim.run(`article-${i % 5}`, exact, "x".repeat(32), "y".repeat(32), "Checked against the report.");
      event.run("claim.created", JSON.stringify({ exact, n: i, pad: "z".repeat(300) }));
      fts.run(r.lastInsertRowid, exact, "Checked against the report.");
    })();
    times.push(performance.now() - t0);
    if (i % 10 === 0) await new Promise((r) => setImmediate(r)); // let the worker's messages in
  }
  stop?.();
  db.close();
  return summarise(times);
}

/**
 * The work an automatic checkpoint adds to the commit that triggers it: fill the log to about
 * 1,000 pages with automatic checkpoints off, then time one PASSIVE checkpoint on the writing
 * connection (what SQLite runs inside that commit), wall and CPU time, `times` times.
 */
function checkpointCost(times: number) {
  const file = path.join(dir, "cost.db");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("wal_autocheckpoint = 0");
  db.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT); CREATE INDEX filler_body ON filler(body)");
  const insert = db.prepare("INSERT INTO filler (body) VALUES (?)");
  const wall: number[] = [];
  const cpu: number[] = [];
  const pages: number[] = [];
  for (let n = 0; n < times; n++) {
    for (let i = 0; i < 250; i++) db.transaction(() => insert.run(`${n}-${i}-` + "x".repeat(700)))(); // ~1,000 pages with the index
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const [r] = db.pragma("wal_checkpoint(PASSIVE)") as { log: number; checkpointed: number }[];
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    pages.push(r.checkpointed);
  }
  db.close();
  return { wallMs: summarise(wall), cpuMs: summarise(cpu), pages: summarise(pages) };
}

async function main() {
  const cost = checkpointCost(10);
  console.log(`one checkpoint of ~${cost.pages.p50} pages on the writing connection: wall p50 ${cost.wallMs.p50} / max ${cost.wallMs.max} ms, CPU p50 ${cost.cpuMs.p50} ms (load average ${os.loadavg()[0].toFixed(1)})`);
  const results: Record<string, ReturnType<typeof summarise>[]> = { inline: [], worker: [] };
  for (let n = 0; n < Number(values.rounds); n++) {
    for (const mode of ["inline", "worker"] as const) {
      const r = await round(mode, n);
      results[mode].push(r);
      console.log(`${mode.padEnd(6)} round ${n + 1}: commit p50 ${r.p50.toFixed(2)} / p99 ${r.p99.toFixed(2)} / max ${r.max.toFixed(1)} ms (load average ${os.loadavg()[0].toFixed(1)})`);
    }
  }
  const out = { at: new Date().toISOString(), loadAverage: os.loadavg(), writes: Number(values.writes), checkpointCost: cost, results };
  mkdirSync(path.join(__dirname, "results"), { recursive: true });
  writeFileSync(path.join(__dirname, "results", "checkpoint-stall.json"), JSON.stringify(out, null, 2) + "\n");
}

void main();
