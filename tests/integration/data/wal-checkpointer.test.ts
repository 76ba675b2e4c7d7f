import { copyFileSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { databaseFile } from "@/lib/data/sqlite/database-url";
import { checkpointStats, startCheckpointer } from "@/lib/data/sqlite/checkpointer";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await pause(50);
  }
}

/** A private copy of this test file's migrated database. */
function copyOfDb(name: string): string {
  const file = path.join(path.dirname(databaseFile()), `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  copyFileSync(databaseFile(), file);
  return file;
}

const savedMode = process.env.FACTDESK_WAL_CHECKPOINT;
afterEach(() => {
  if (savedMode === undefined) delete process.env.FACTDESK_WAL_CHECKPOINT;
  else process.env.FACTDESK_WAL_CHECKPOINT = savedMode;
});

describe("WAL checkpoints in a worker thread", () => {
  it("copies the log back while the writer has automatic checkpoints off, so the log restarts and stays small", async () => {
    const file = copyOfDb("ckpt");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.pragma("synchronous = NORMAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)");
    const insert = writer.prepare("INSERT INTO filler (body) VALUES (?)");
    const stop = startCheckpointer(file, () => undefined);
    expect(stop).not.toBeNull();
    try {
      const wal = file + "-wal";
      const writeBatch = () => writer.transaction(() => {
        for (let i = 0; i < 400; i++) insert.run("x".repeat(2000));
      })();
      writeBatch(); // ~200 pages per batch
      await until(() => (checkpointStats(file)?.pages ?? 0) > 0);
      // Everything written so far has been copied back by the worker, not by this connection.
      const [state] = writer.pragma("wal_checkpoint(PASSIVE)") as { log: number; checkpointed: number }[];
      expect(state.checkpointed).toBe(state.log);
      // Many more writes than one log's worth: with checkpoints keeping up, the log restarts
      // from its beginning instead of growing (1,000-page automatic checkpoints are off).
      let biggest = 0;
      for (let round = 0; round < 15; round++) {
        writeBatch();
        biggest = Math.max(biggest, statSync(wal).size);
        await pause(700);
      }
      const totalWritten = 16 * 400 * 2000;
      expect(biggest).toBeLessThan(totalWritten / 2);
      expect(checkpointStats(file)!.errors).toBe(0);
      expect(writer.prepare("SELECT COUNT(*) AS n FROM filler").get()).toEqual({ n: 16 * 400 });
    } finally {
      stop!();
      writer.close();
    }
    expect(checkpointStats(file)).toBeNull();
  });

  it("does not start for a missing file (the caller keeps SQLite's automatic checkpoints)", () => {
    expect(startCheckpointer(path.join(path.dirname(databaseFile()), "missing.db"), () => undefined)).toBeNull();
  });

  it("createDb turns automatic checkpoints off only while a worker checkpoints, and back on without one", async () => {
    process.env.FACTDESK_WAL_CHECKPOINT = "worker";
    const file = copyOfDb("client");
    const client = createDb("file:" + file);
    const rows = await client.$queryRawUnsafe<{ wal_autocheckpoint: number | bigint }[]>("PRAGMA wal_autocheckpoint");
    expect(Number(rows[0].wal_autocheckpoint)).toBe(0);
    // …and never truncates the log on the main thread (an ftruncate there stalled every request).
    const limit = await client.$queryRawUnsafe<{ journal_size_limit: number | bigint }[]>("PRAGMA journal_size_limit");
    expect(Number(limit[0].journal_size_limit)).toBe(-1);
    expect(checkpointStats(file)).not.toBeNull();
    await client.$disconnect();
    expect(checkpointStats(file)).toBeNull();

    process.env.FACTDESK_WAL_CHECKPOINT = "inline";
    const inline = createDb("file:" + copyOfDb("inline"));
    const inlineRows = await inline.$queryRawUnsafe<{ wal_autocheckpoint: number | bigint }[]>("PRAGMA wal_autocheckpoint");
    expect(Number(inlineRows[0].wal_autocheckpoint)).toBe(1000);
    const inlineLimit = await inline.$queryRawUnsafe<{ journal_size_limit: number | bigint }[]>("PRAGMA journal_size_limit");
    expect(Number(inlineLimit[0].journal_size_limit)).toBe(67108864);
    await inline.$disconnect();
  });
});
