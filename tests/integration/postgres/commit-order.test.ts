import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import type { Tx } from "@/lib/data/client";
import { appendEvents, COMMIT_ORDER_SQL } from "@/lib/data/events";
import { EventTailer, type ChangeFeedReader } from "@/lib/realtime/event-tailer";
import type { ArticleChangeEvent } from "@/lib/realtime/change-event";

/**
 * The live feed's cursor on PostgreSQL (issue 12). A sequence hands out ids at INSERT, not at
 * COMMIT, so with a naive writer two transactions can commit out of id order and a reader of
 * `id > lastSeen` skips the smaller id for ever. appendEvents takes a transaction-scoped
 * advisory lock first, so ids become visible in commit order. These tests drive the real
 * appendEvents and the real EventTailer over real PostgreSQL connections, and show the same
 * schedule losing an event with the lock left out. Needs FACTDESK_TEST_PG_URL (set by
 * vitest.postgres.config.mts) or FACTDESK_PG_URL: a role that may create databases; skipped
 * without one.
 */
const admin = process.env.FACTDESK_TEST_PG_URL ?? process.env.FACTDESK_PG_URL;
const database = `factdesk_commit_order_${process.pid}`;
let url = "";
const connections: Client[] = [];

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  connections.push(client);
  return client;
}

/** A transaction handle over one pg connection, as appendEvents uses it; `naive` drops the commit-order lock. */
function txOf(client: Client, naive = false): Tx {
  return {
    _activeProvider: "postgresql",
    async $queryRawUnsafe(sql: string, ...params: unknown[]) {
      if (naive && sql === COMMIT_ORDER_SQL) return [];
      return (await client.query(sql, params)).rows;
    },
  } as unknown as Tx;
}

const input = (n: number) => ({ type: "comment.added" as const, targetType: "comment" as const, targetId: `c${n}`, articleId: "article-1", after: { body: `comment ${n}`, claimId: "claim-1", parentId: null, mentions: [] } });

/** The tailer's reader, with the cursor predicate of lib/data/event-feed.ts: id > after, ascending. */
function readerOn(client: Client): ChangeFeedReader {
  return {
    async readAfter(after, limit) {
      const { rows } = await client.query<{ id: number }>(`SELECT "id" FROM "Event" WHERE "id" > $1 AND "articleId" IS NOT NULL ORDER BY "id" LIMIT $2`, [after, limit]);
      return rows.map((r) => ({ id: r.id, articleId: "article-1" }) as ArticleChangeEvent);
    },
    async latestId() {
      const { rows } = await client.query<{ id: number | null }>(`SELECT max("id") AS "id" FROM "Event"`);
      return rows[0].id ?? 0;
    },
  };
}

async function tailerOn(client: Client) {
  const delivered: number[] = [];
  const tailer = new EventTailer(readerOn(client), { intervalMs: 60_000, onCommitted: () => () => undefined });
  const unsubscribe = await tailer.subscribe("article-1", (events) => delivered.push(...events.map((e) => e.id)));
  /** A read, given `ms` to finish (a local read takes well under 5 ms). */
  const read = async (ms = 60) => {
    tailer.poke();
    await new Promise((r) => setTimeout(r, ms));
  };
  return { delivered, read, unsubscribe };
}

const settledWithin = (promise: Promise<unknown>, ms: number) => Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe.skipIf(!admin)("commit-ordered event ids on PostgreSQL", () => {
  beforeAll(async () => {
    const root = new Client({ connectionString: admin });
    await root.connect();
    await root.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await root.query(`CREATE DATABASE "${database}"`);
    await root.end();
    const u = new URL(admin!);
    u.pathname = "/" + database;
    url = u.toString();
    const setup = await connect();
    // The Event table's columns as appendEvents writes them (the app's migration has the same).
    await setup.query(`CREATE TABLE "Event" ("id" SERIAL PRIMARY KEY, "type" TEXT NOT NULL, "actorId" TEXT, "articleId" TEXT, "claimId" TEXT, "targetType" TEXT NOT NULL, "targetId" TEXT NOT NULL, "before" TEXT, "after" TEXT, "note" TEXT, "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
  });

  afterAll(async () => {
    await Promise.all(connections.map((c) => c.end().catch(() => undefined)));
    if (!admin) return;
    const root = new Client({ connectionString: admin });
    await root.connect();
    await root.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await root.end();
  });

  /**
   * T1 takes id n and stays open; T2 takes the next id and commits; the tailer reads; then T1
   * commits and the tailer reads again.
   */
  async function outOfOrderSchedule(naive: boolean) {
    const [one, two, reader] = [await connect(), await connect(), await connect()];
    const { delivered, read, unsubscribe } = await tailerOn(reader);
    await one.query("BEGIN");
    const [first] = await appendEvents(txOf(one, naive), null, [input(1)]);
    await two.query("BEGIN");
    const secondAppend = appendEvents(txOf(two, naive), null, [input(2)]);
    const secondGotItsIdFirst = await settledWithin(secondAppend, 300);
    if (secondGotItsIdFirst) await two.query("COMMIT"); // T2 commits before T1: out of id order
    await read();
    await one.query("COMMIT");
    const [second] = await secondAppend;
    if (!secondGotItsIdFirst) await two.query("COMMIT");
    await read();
    unsubscribe();
    return { first, second, delivered, secondGotItsIdFirst };
  }

  it("with the naive cursor alone, a transaction that commits out of id order is lost (the failure the lock prevents)", async () => {
    const { first, second, delivered, secondGotItsIdFirst } = await outOfOrderSchedule(true);
    expect(secondGotItsIdFirst).toBe(true);
    expect(second).toBeGreaterThan(first);
    expect(delivered).toEqual([second]); // `first` committed later with a smaller id: skipped for ever
  });

  it("appendEvents: the second writer waits for the first one's commit, so the cursor loses nothing", async () => {
    const { first, second, delivered, secondGotItsIdFirst } = await outOfOrderSchedule(false);
    expect(secondGotItsIdFirst).toBe(false); // its id is handed out only after T1 committed
    expect(second).toBeGreaterThan(first);
    expect(delivered).toEqual([first, second]);
  });

  it("20 concurrent writers committing after random delays, read continuously: every event delivered once, in id order", async () => {
    const writers = await Promise.all(Array.from({ length: 20 }, () => connect()));
    const reader = await connect();
    const { delivered, read, unsubscribe } = await tailerOn(reader);
    // Keep the tailer reading while the writers run (a read every 2 ms), as NOTIFYs would.
    let writing = true;
    const polling = (async () => {
      while (writing) await read(2);
    })();
    const ids: number[] = [];
    await Promise.all(
      writers.map(async (client, w) => {
        for (let round = 0; round < 5; round++) {
          await client.query("BEGIN");
          const got = await appendEvents(txOf(client), null, [input(w * 100 + round), input(w * 100 + round + 50)]);
          await new Promise((r) => setTimeout(r, Math.random() * 5));
          await client.query("COMMIT");
          ids.push(...got);
        }
      }),
    );
    writing = false;
    await polling;
    await read();
    unsubscribe();
    expect(ids).toHaveLength(200);
    const since = Math.min(...ids);
    const fromThisTest = delivered.filter((id) => id >= since);
    expect(fromThisTest).toEqual([...ids].sort((a, b) => a - b));
  });
});
