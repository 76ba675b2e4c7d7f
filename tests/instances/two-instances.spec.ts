import { expect, test } from "@playwright/test";
import { api, FeedClient, signInAttempt, signInToken } from "./http";

/**
 * Two production servers over one database (issue 12; started by global-setup.ts). Every
 * request names its instance: A = INSTANCE_A_URL, B = INSTANCE_B_URL.
 */
const A = process.env.INSTANCE_A_URL ?? "";
const B = process.env.INSTANCE_B_URL ?? "";

let ana = "";
let ben = "";
test.beforeAll(async () => {
  ana = await signInToken(A, "editor@factdesk.test", "factdesk-editor");
  ben = await signInToken(B, "editor2@factdesk.test", "factdesk-editor2");
});

const sentence = (i: number) => `Statement number ${i} says the budget grew by ${i + 10} percent last year.`;

async function newArticle(sentences: number): Promise<string> {
  const body = Array.from({ length: sentences }, (_, i) => sentence(i)).join("\n\n");
  const res = await api<{ id: string }>(A, ana, "POST", "/api/articles", { title: `Two instances ${Date.now()} ${Math.random()}`, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

type ClaimAnswer = { claim: { id: string; version: number; rationale: string } };

async function markClaim(base: string, token: string, articleId: string, i: number): Promise<ClaimAnswer["claim"]> {
  const res = await api<ClaimAnswer>(base, token, "POST", `/api/articles/${articleId}/claims`, { exact: sentence(i) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.claim;
}

/** Every stored event id of the article, ascending (from the history API, which reads the database). */
async function storedEventIds(base: string, token: string, articleId: string): Promise<number[]> {
  const ids: number[] = [];
  let before: number | null = null;
  do {
    const res: { status: number; body: { events: Array<{ id: number }>; nextBefore: number | null } } = await api(base, token, "GET", `/api/articles/${articleId}/activity?limit=200${before ? `&before=${before}` : ""}`);
    expect(res.status).toBe(200);
    ids.push(...res.body.events.map((e) => e.id));
    before = res.body.nextBefore;
  } while (before);
  return ids.sort((x, y) => x - y);
}

const clients: FeedClient[] = [];
test.afterEach(() => clients.splice(0).forEach((c) => c.close()));

function feed(base: string, token: string, articleId: string): FeedClient {
  const client = new FeedClient(base, token, articleId);
  clients.push(client);
  return client;
}

test("a claim marked through A appears in B's live feed", async () => {
  const articleId = await newArticle(3);
  const onB = feed(B, ben, articleId);
  await onB.open();
  const started = performance.now();
  const claim = await markClaim(A, ana, articleId, 1);
  await onB.waitFor(() => onB.changes.some((c) => c.type === "claim.created" && c.claimId === claim.id), 5_000, "claim.created from A");
  const arrived = onB.changes.find((c) => c.claimId === claim.id)!;
  test.info().annotations.push({ type: "cross-instance delivery", description: `${Math.round(arrived.at - started)} ms from the POST to B's frame (${process.env.INSTANCES_DATABASE})` });
});

test("presence from both instances shows on both, in the list and in the live feed", async () => {
  const articleId = await newArticle(2);
  const claim = await markClaim(A, ana, articleId, 0);
  const onA = feed(A, ana, articleId);
  const onB = feed(B, ben, articleId);
  await Promise.all([onA.open(), onB.open()]);

  expect((await api(A, ana, "POST", `/api/articles/${articleId}/presence`, { clientId: "tab-ana", editingClaimId: claim.id })).status).toBe(200);
  expect((await api(B, ben, "POST", `/api/articles/${articleId}/presence`, { clientId: "tab-ben" })).status).toBe(200);
  const both = [
    { id: expect.any(String), name: "Ana Editor", editingClaimId: claim.id },
    { id: expect.any(String), name: "Ben Editor", editingClaimId: null },
  ];
  for (const [base, token] of [[A, ana], [B, ben]] as const) {
    const res = await api<{ users: unknown[] }>(base, token, "GET", `/api/articles/${articleId}/presence`);
    expect(res.body.users).toEqual(both);
  }
  for (const client of [onA, onB]) {
    await client.waitFor(() => client.presence.at(-1)?.length === 2, 5_000, "both people in the presence frame");
    expect(client.presence.at(-1)).toEqual(both);
  }

  // Ana leaves through A: B's stream drops her.
  expect((await api(A, ana, "DELETE", `/api/articles/${articleId}/presence?clientId=tab-ana`)).status).toBe(200);
  await onB.waitFor(() => onB.presence.at(-1)?.length === 1, 5_000, "Ana's goodbye on B");
  expect(onB.presence.at(-1)?.map((u) => u.name)).toEqual(["Ben Editor"]);
});

test("a stale write through B after a write through A gets 409, and the stored claim is A's", async () => {
  const articleId = await newArticle(2);
  const claim = await markClaim(A, ana, articleId, 0);
  const first = await api<ClaimAnswer>(A, ana, "PATCH", `/api/claims/${claim.id}`, { version: claim.version, rationale: "Ana through A." });
  expect(first.status).toBe(200);
  const stale = await api<{ error: { code: string; message: string } }>(B, ben, "PATCH", `/api/claims/${claim.id}`, { version: claim.version, rationale: "Ben through B, from the old version." });
  expect(stale.status).toBe(409);
  expect(JSON.stringify(stale.body)).toMatch(/Ana Editor/);
  const stored = await api<ClaimAnswer>(B, ben, "GET", `/api/claims/${claim.id}`);
  expect(stored.body.claim).toMatchObject({ rationale: "Ana through A.", version: first.body.claim.version });
});

test("20 writers split over both instances: every acknowledged write is stored, and every feed client gets every event once, in commit order", async () => {
  const WRITERS = 20;
  const EDITS = 4;
  const articleId = await newArticle(WRITERS);
  const readers = [feed(A, ana, articleId), feed(A, ben, articleId), feed(A, ana, articleId), feed(B, ben, articleId), feed(B, ana, articleId), feed(B, ben, articleId)];
  await Promise.all(readers.map((r) => r.open(0)));
  // One more reader drops half-way and resumes on the other instance with Last-Event-ID.
  const mover = feed(A, ana, articleId);
  await mover.open(0);

  const acknowledged = new Map<string, { rationale: string; version: number }>();
  let moved = false;
  const writer = async (i: number) => {
    const [base, token] = i % 2 === 0 ? [A, ana] : [B, ben];
    const claim = await markClaim(base, token, articleId, i);
    let version = claim.version;
    for (let e = 1; e <= EDITS; e++) {
      const rationale = `Writer ${i}, edit ${e}`;
      const res = await api<ClaimAnswer>(base, token, "PATCH", `/api/claims/${claim.id}`, { version, rationale });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      version = res.body.claim.version;
      acknowledged.set(claim.id, { rationale, version });
      if (i === 7 && e === 2 && !moved) {
        moved = true;
        mover.close();
      }
    }
  };
  const writing = Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
  await expect.poll(() => moved, { timeout: 30_000 }).toBe(true);
  await new Promise((r) => setTimeout(r, 50)); // more commits while the mover is away
  const resumeAfter = mover.lastEventId ?? 0;
  const moverBeforeMove = mover.changes.length;
  const moverOnB = feed(B, ana, articleId);
  await moverOnB.open(resumeAfter);
  await writing;

  // Every acknowledged write is stored.
  expect(acknowledged.size).toBe(WRITERS);
  for (const [claimId, last] of acknowledged) {
    const stored = await api<ClaimAnswer>(A, ana, "GET", `/api/claims/${claimId}`);
    expect(stored.body.claim).toMatchObject(last);
  }
  const stored = await storedEventIds(A, ana, articleId);
  expect(stored.length).toBe(1 + WRITERS * (1 + EDITS)); // article.created, then each claim's creation and edits

  // Every reader received exactly the stored events, each once, in order.
  for (const reader of readers) {
    await reader.waitFor(() => reader.changes.length >= stored.length, 10_000, `${stored.length} events`);
    await new Promise((r) => setTimeout(r, 200)); // nothing extra arrives
    expect(reader.changes.map((c) => c.id)).toEqual(stored);
  }
  const resumed = () => [...mover.changes.slice(0, moverBeforeMove), ...moverOnB.changes].map((c) => c.id);
  await moverOnB.waitFor(() => resumed().length >= stored.length, 10_000, "the resumed reader's events");
  await new Promise((r) => setTimeout(r, 200));
  expect(resumed()).toEqual(stored);
});

test("sign-in throttling counts failures on both instances together (the RateLimit table)", async () => {
  // The viewer account: no other test here signs in with it. Five failures per account and
  // address (lib/domain/login-throttle.ts), spread over both instances.
  const email = "viewer@factdesk.test";
  const answers: Array<string | null> = [];
  for (let i = 0; i < 5; i++) answers.push(await signInAttempt(i % 2 === 0 ? A : B, email, `wrong-password-${i}`));
  expect(answers.slice(0, 4).every((a) => a !== null && !/Too many/.test(a))).toBe(true);
  expect(answers[4]).toMatch(/Too many failed sign-in attempts/);
  // The right password is refused now on either instance: the count is shared.
  expect(await signInAttempt(B, email, "factdesk-viewer")).toMatch(/Too many failed sign-in attempts/);
  expect(await signInAttempt(A, email, "factdesk-viewer")).toMatch(/Too many failed sign-in attempts/);
});
