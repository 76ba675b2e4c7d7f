import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { databaseUrl } from "@/lib/data/sqlite/database-url";

/**
 * The write serialiser must let the event loop run between two queued transactions
 * (bench/RESULTS.md, "Stalls"): with the lock handed over in a microtask, 60 queued
 * transactions ran back to back and a timer never fired until all had committed.
 */
describe("write serialiser lock handover", () => {
  it("runs timers between queued write transactions", async () => {
    const client = createDb(databaseUrl());
    await client.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS lock_probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`);
    let committed = 0;
    const seenAtTick: number[] = [];
    const ticker = setInterval(() => seenAtTick.push(committed), 0);
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        client.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`INSERT INTO lock_probe (n) VALUES (${i})`);
          await tx.$queryRawUnsafe(`SELECT COUNT(*) AS c FROM lock_probe`);
          committed++;
        }, { maxWait: 60_000, timeout: 60_000 }), // a loaded test machine must not time the queue out
      ),
    );
    clearInterval(ticker);
    await client.$disconnect();
    // The timer ran while transactions were still queued, not only after the last one.
    expect(seenAtTick.some((n) => n > 0 && n < 60)).toBe(true);
  });
});
