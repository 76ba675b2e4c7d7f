import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import { databaseUrl } from "@/lib/data/sqlite/database-url";
import { runWrite, statement } from "@/lib/data/sqlite/write-connection";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("prepared statements on the app's write connection", () => {
  it("commits on the connection Prisma uses, never inside another request's open transaction, and rolls back on error", async () => {
    const client = createDb(databaseUrl());
    await client.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS wc_probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL)`);
    const count = (db: Parameters<Parameters<typeof runWrite>[1]>[0]) => (statement(db, "SELECT COUNT(*) AS n FROM wc_probe").get() as { n: number }).n;

    // A Prisma interactive transaction holds the connection for a while; runWrite must wait
    // for its commit (it would otherwise see, and commit, the uncommitted row).
    const order: string[] = [];
    const prismaTx = client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO wc_probe (label) VALUES ('prisma')`);
      order.push("prisma wrote");
      await pause(150);
      order.push("prisma commits");
    });
    await pause(20);
    const seen = await runWrite(client, (db) => {
      order.push("runWrite");
      statement(db, "INSERT INTO wc_probe (label) VALUES (?)").run("fast");
      return count(db);
    });
    await prismaTx;
    expect(order).toEqual(["prisma wrote", "prisma commits", "runWrite"]);
    expect(seen).toBe(2);

    // Rows written through runWrite are committed and visible to Prisma.
    const rows = await client.$queryRawUnsafe<{ label: string }[]>(`SELECT label FROM wc_probe ORDER BY id`);
    expect(rows.map((r) => r.label)).toEqual(["prisma", "fast"]);

    // An exception rolls the whole transaction back.
    await expect(
      runWrite(client, (db) => {
        statement(db, "INSERT INTO wc_probe (label) VALUES (?)").run("rolled back");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await runWrite(client, count)).toBe(2);
    await client.$disconnect();
  });
});
