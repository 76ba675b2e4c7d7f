import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as eventsGET } from "@/app/api/articles/[id]/events/route";
import { POST as presencePOST } from "@/app/api/articles/[id]/presence/route";
import { createApiToken } from "@/lib/server/create-api-token";
import { updateClaim } from "@/lib/server/update-claim";
import { addComment } from "@/lib/server/add-comment";
import { sharedEventTailer } from "@/lib/realtime/event-tailer";
import { prismaChangeFeed } from "@/lib/data/event-feed";
import type { Actor } from "@/lib/domain/actor";
import { db, makeUser } from "../helpers";
import { makeArticleWithClaims } from "./fixtures";
import { changeIds, readFrames, type Frame } from "../../unit/realtime/frames";

const BASE = "http://localhost:3000";
const open: AbortController[] = [];
afterEach(() => open.splice(0).forEach((c) => c.abort()));

async function tokenFor(actor: Actor) {
  return (await createApiToken(actor, { name: "sse test" })).token;
}

function connect(articleId: string, token: string, headers: Record<string, string> = {}, query = "") {
  const controller = new AbortController();
  open.push(controller);
  const req = new NextRequest(`${BASE}/api/articles/${articleId}/events${query}`, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: controller.signal });
  return { controller, response: eventsGET(req, { params: Promise.resolve({ id: articleId }) }) };
}

const storedIds = async (articleId: string, after: number) =>
  (await db.event.findMany({ where: { articleId, id: { gt: after } }, orderBy: { id: "asc" }, select: { id: true } })).map((e) => e.id);
const changes = (frames: Frame[]) => frames.filter((f) => f.event === "change").map((f) => JSON.parse(f.data!) as { id: number; type: string; actor: { name: string } });

describe("GET /api/articles/{id}/events (SSE)", () => {
  it("streams with SSE headers, replays what a reconnecting client missed, then goes live", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const token = await tokenFor(ana);
    const { articleId, inflation } = await makeArticleWithClaims(ana);
    const elsewhere = await makeArticleWithClaims(ana);
    const cursor = (await db.event.findFirstOrThrow({ where: { articleId, type: "claim.created" }, orderBy: { id: "asc" } })).id;

    const { response } = connect(articleId, token, { "last-event-id": String(cursor) });
    const res = await response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");

    const missed = await storedIds(articleId, cursor);
    expect(missed.length).toBeGreaterThan(0);
    const reading = readFrames(res.body!, (f) => changeIds(f).length >= missed.length + 2);
    await new Promise((r) => setTimeout(r, 20));
    await updateClaim(ana, elsewhere.inflation.id, { version: 1, verdict: "false" }); // another article: not on this stream
    await updateClaim(ana, inflation.id, { version: 1, verdict: "disputed" });
    await addComment(ana, inflation.id, { body: "Live comment" });
    const { frames, reader } = await reading;
    await reader.cancel();

    expect(frames[0]).toEqual({ retry: "2000" });
    expect(changeIds(frames)).toEqual(await storedIds(articleId, cursor));
    const live = changes(frames).slice(-2);
    expect(live.map((e) => e.type)).toEqual(["claim.updated", "comment.added"]);
    expect(live[0]).toMatchObject({ actor: { id: ana.id, name: "Ana Editor" }, claimId: inflation.id, before: { verdict: "unchecked" }, after: { verdict: "disputed" } });
    expect(frames.find((f) => f.event === "presence")).toBeDefined();
  });

  it("reconnect with Last-Event-ID delivers exactly the missed events, in order, even with writes racing the connect", async () => {
    const ana = await makeUser("editor");
    const ben = await makeUser("editor");
    const token = await tokenFor(ana);
    const { articleId, inflation, food } = await makeArticleWithClaims(ana);

    // First connection: sees one live change, then drops.
    const first = connect(articleId, token, {}, "");
    const firstReading = readFrames((await first.response).body!, (f) => changeIds(f).length >= 1);
    await new Promise((r) => setTimeout(r, 20));
    await updateClaim(ana, inflation.id, { version: 1, rationale: "one" });
    const { frames: seen, reader } = await firstReading;
    await reader.cancel();
    first.controller.abort();
    const lastSeen = changeIds(seen).at(-1)!;

    // Offline: colleagues keep working.
    await updateClaim(ben, food.id, { version: 1, verdict: "verified" });
    await updateClaim(ben, inflation.id, { version: 2, rationale: "two" });

    // Reconnect while a burst of writes is in flight.
    const second = connect(articleId, token, { "last-event-id": String(lastSeen) });
    const burst = (async () => {
      for (let v = 3; v < 13; v++) await updateClaim(ben, inflation.id, { version: v, rationale: `r${v}` });
    })();
    const res = await second.response;
    await burst;
    const expected = await storedIds(articleId, lastSeen);
    expect(expected).toHaveLength(12);
    const { frames, reader: r2 } = await readFrames(res.body!, (f) => changeIds(f).length >= expected.length);
    await new Promise((r) => setTimeout(r, 50));
    await r2.cancel();
    expect(changeIds(frames)).toEqual(expected);
  });

  it("accepts ?after= when there is no Last-Event-ID", async () => {
    const ana = await makeUser("editor");
    const token = await tokenFor(ana);
    const { articleId } = await makeArticleWithClaims(ana);
    const all = await storedIds(articleId, 0);
    const { response } = connect(articleId, token, {}, `?after=${all[0]}`);
    const { frames, reader } = await readFrames((await response).body!, (f) => changeIds(f).length >= all.length - 1);
    await reader.cancel();
    expect(changeIds(frames)).toEqual(all.slice(1));
  });

  it("refuses a garbage or future Last-Event-ID with 400 JSON; 401 without a token; 404 for an unknown article", async () => {
    const ana = await makeUser("viewer");
    const token = await tokenFor(ana);
    const editor = await makeUser("editor");
    const { articleId } = await makeArticleWithClaims(editor);

    const garbage = await connect(articleId, token, { "last-event-id": "banana" }).response;
    expect(garbage.status).toBe(400);
    expect((await garbage.json()).error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/Last-Event-ID must be/) });

    const future = await connect(articleId, token, { "last-event-id": "99999999" }).response;
    expect(future.status).toBe(400);
    expect((await future.json()).error.message).toMatch(/Reload the page/);

    const anonymous = await eventsGET(new NextRequest(`${BASE}/api/articles/${articleId}/events`), { params: Promise.resolve({ id: articleId }) });
    expect(anonymous.status).toBe(401);

    const missing = await connect("no-such-article", token).response;
    expect(missing.status).toBe(404);
  });

  it("pushes presence changes, and releases the bus when the client goes away", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const token = await tokenFor(ana);
    const { articleId, inflation } = await makeArticleWithClaims(ana);
    const tailer = sharedEventTailer(() => prismaChangeFeed);
    const base = tailer.subscriberCount;

    const { controller, response } = connect(articleId, token);
    const reading = readFrames((await response).body!, (f) => f.some((x) => x.event === "presence" && x.data!.includes(inflation.id)));
    await new Promise((r) => setTimeout(r, 20));
    expect(tailer.subscriberCount).toBe(base + 1);
    const beat = await presencePOST(
      new NextRequest(`${BASE}/api/articles/${articleId}/presence`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ editingClaimId: inflation.id, clientId: "tab-1" }) }),
      { params: Promise.resolve({ id: articleId }) },
    );
    expect(beat.status).toBe(200);
    expect(await beat.json()).toEqual({ users: [{ id: ana.id, name: "Ana Editor", editingClaimId: inflation.id }] });
    const { frames } = await reading;
    expect(JSON.parse(frames.filter((f) => f.event === "presence").at(-1)!.data!)).toEqual({ users: [{ id: ana.id, name: "Ana Editor", editingClaimId: inflation.id }] });

    controller.abort();
    expect(tailer.subscriberCount).toBe(base);
  });
});
