import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { databaseUrl } from "@/lib/data/sqlite/database-url";
import type Database from "better-sqlite3";
import { fastDb, runFastWrite, statement } from "@/lib/data/sqlite/write-connection";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("prepared statements on the app's write connection", () => {
  it("commits on the connection Prisma uses, never inside another request's open transaction, and rolls back on error", async () => {
    const client = createDb(databaseUrl());
    await client.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS wc_probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL)`);
    const count = (db: Database.Database) => (statement(db, "SELECT COUNT(*) AS n FROM wc_probe").get() as { n: number }).n;
    // The use case's work as runFastWrite takes it: the handle's connection, an async function.
    const runWrite = <T>(work: (db: Database.Database) => T) => runFastWrite(client, async (handle) => work(fastDb(handle)!));

    // A Prisma interactive transaction holds the connection for a while; runFastWrite must wait
    // for its commit (it would otherwise see, and commit, the uncommitted row).
    const order: string[] = [];
    const prismaTx = client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO wc_probe (label) VALUES ('prisma')`);
      order.push("prisma wrote");
      await pause(150);
      order.push("prisma commits");
    });
    await pause(20);
    const seen = await runWrite((db) => {
      order.push("runWrite");
      statement(db, "INSERT INTO wc_probe (label) VALUES (?)").run("fast");
      return count(db);
    });
    await prismaTx;
    expect(order).toEqual(["prisma wrote", "prisma commits", "runWrite"]);
    expect(seen).toBe(2);

    // Rows written through runFastWrite are committed and visible to Prisma.
    const rows = await client.$queryRawUnsafe<{ label: string }[]>(`SELECT label FROM wc_probe ORDER BY id`);
    expect(rows.map((r) => r.label)).toEqual(["prisma", "fast"]);

    // An exception rolls the whole transaction back.
    await expect(
      runWrite((db) => {
        statement(db, "INSERT INTO wc_probe (label) VALUES (?)").run("rolled back");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await runWrite(count)).toBe(2);
    await client.$disconnect();
  });

  it("ends the transaction when COMMIT itself fails, so later writes do not run inside it", async () => {
    const client = createDb(databaseUrl());
    await client.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS wc_parent (id INTEGER PRIMARY KEY)`);
    await client.$executeRawUnsafe(
      `CREATE TABLE IF NOT EXISTS wc_child (id INTEGER PRIMARY KEY, parentId INTEGER REFERENCES wc_parent(id) DEFERRABLE INITIALLY DEFERRED)`,
    );
    // A deferred foreign key is checked at COMMIT: the statement succeeds, the COMMIT fails.
    await expect(
      runFastWrite(client, async (handle) => {
        statement(fastDb(handle)!, "INSERT INTO wc_child (parentId) VALUES (?)").run(424242);
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    const written = await runFastWrite(client, async (handle) => {
      const db = fastDb(handle)!;
      statement(db, "INSERT INTO wc_parent (id) VALUES (?)").run(7);
      return db.inTransaction;
    });
    expect(written).toBe(true);
    const { db: raw } = await import("@/lib/data/sqlite/write-connection").then((m) => m.connectionOf(client));
    expect(raw.inTransaction).toBe(false);
    expect(await client.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM wc_child`).then((r) => Number(r[0].n))).toBe(0);
    expect(await client.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM wc_parent WHERE id = 7`).then((r) => Number(r[0].n))).toBe(1);
    await client.$disconnect();
  });
});
