import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync, inflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";

/**
 * Issue 13: the production server answers public fact-check pages before Next.js
 * (lib/http/public-page-fast-path.ts). Two instances of the production build share one fresh
 * database: "cached" (the fast path, as deployed) and "next" (FACTDESK_PUBLIC_PAGE_CACHE=0,
 * every request through Next.js). Every change is made through "next", so the cached
 * instance learns of it only from the database, as another instance would. For each state
 * (published, 304, republished, paused, unknown slug) both answer the same status, the same
 * headers and the same page.
 */
const ROOT = path.resolve(__dirname, "../../..");
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 170;
const CACHED = `http://localhost:${BASE_PORT}`;
const NEXT = `http://localhost:${BASE_PORT + 1}`;
/** Connection framing that may differ: the fast path sends a Content-Length, Next.js streams chunked. */
const FRAMING = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A GET with exactly these headers (no client defaults), the body decoded as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        const body = encoding === "gzip" ? gunzipSync(raw) : encoding === "deflate" ? inflateSync(raw) : raw;
        resolve({ status: res.statusCode!, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), body });
      });
    });
    req.on("error", reject);
  });
}

const semantic = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([k]) => !FRAMING.has(k)));

/** Both instances answer this path alike; returns the cached instance's answer. */
async function expectSameAnswer(pathname: string, headers: Record<string, string> = {}): Promise<Raw> {
  const [cached, next] = [await get(CACHED + pathname, headers), await get(NEXT + pathname, headers)];
  expect(cached.status, `${pathname} ${JSON.stringify(headers)}`).toBe(next.status);
  expect(semantic(cached.headers), `${pathname} ${JSON.stringify(headers)}`).toEqual(semantic(next.headers));
  expect(cached.body.toString("utf8")).toBe(next.body.toString("utf8"));
  return cached;
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "pipe" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
}

async function waitFor(url: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await get(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not start`);
}

const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-e2e-fast-path-"));
  const env = { ...process.env, DATABASE_URL: "file:" + path.join(dir, "shared.db"), NEXTAUTH_SECRET: "fast-path-secret", FACTDESK_DEMO: "1", FACTDESK_BCRYPT_COST: "4", NEXT_TELEMETRY_DISABLED: "1" };
  run(["scripts/prisma.mjs", "migrate", "deploy"], env);
  run(["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"], env);
  for (const [base, extra] of [[CACHED, {}], [NEXT, { FACTDESK_PUBLIC_PAGE_CACHE: "0" }]] as const) {
    const port = new URL(base).port;
    servers.push(spawn(process.execPath, ["scripts/server.mjs", "-p", port], { cwd: ROOT, env: { ...env, ...extra, NEXTAUTH_URL: base }, stdio: "ignore" }));
  }
  await Promise.all([waitFor(`${CACHED}/signin`), waitFor(`${NEXT}/signin`)]);
});

test.afterAll(() => {
  for (const s of servers) s.kill("SIGTERM");
});

async function apiCall(page: Page, method: "POST", pathname: string, data: unknown) {
  const res = await page.request.fetch(NEXT + pathname, { method, data, headers: { origin: NEXT } });
  expect(res.ok(), `${method} ${pathname}: ${await res.text()}`).toBe(true);
  return res.json();
}

test("the page served before Next.js has Next.js's status, headers and bytes, and follows every change made on another instance", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext({ baseURL: NEXT })).newPage();
  await signIn(page, "reviewer");
  await openSampleArticle(page);
  const articleId = page.url().split("/articles/")[1].split(/[?#/]/)[0];

  // Unknown slug: the cached instance hands it to Next.js, which answers its normal 404 page.
  const missing = await expectSameAnswer("/fact-checks/no-such-fact-check");
  expect(missing.status).toBe(404);
  expect(missing.body.toString()).toContain("There is no published fact-check at this address.");

  const { publication } = (await apiCall(page, "POST", `/api/articles/${articleId}/publication`, {})) as { publication: { slug: string } };
  const slug = publication.slug;
  expect(slug).toMatch(/^[a-z0-9-]+$/);
  const pathname = `/fact-checks/${slug}`;

  // Published: same answer with no Accept-Encoding, as browsers ask (gzip), deflate only, and brotli only.
  const first = await expectSameAnswer(pathname);
  expect(first.status).toBe(200);
  expect(first.headers["content-length"], "answered by the fast path (Next.js streams chunked)").toBe(String(first.body.length));
  expect(first.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src https: http: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
  expect(first.body.toString()).not.toMatch(/<script(?! type="application\/ld\+json")/);
  for (const encoding of ["gzip, deflate, br, zstd", "deflate", "br"]) await expectSameAnswer(pathname, { "accept-encoding": encoding });
  expect((await get(CACHED + pathname, { "accept-encoding": "gzip, deflate, br, zstd" })).headers["content-encoding"]).toBe("gzip");

  // Conditional GET.
  const etag = first.headers.etag;
  const notModified = await expectSameAnswer(pathname, { "if-none-match": etag, "accept-encoding": "gzip" });
  expect(notModified.status).toBe(304);
  expect(notModified.body.length).toBe(0);

  // Republished on the other instance: the next request has the new version.
  await apiCall(page, "POST", `/api/articles/${articleId}/publication`, {});
  const republished = await expectSameAnswer(pathname, { "if-none-match": etag });
  expect(republished.status).toBe(200);
  expect(republished.headers.etag).not.toBe(etag);

  // Paused (unpublished): 410 Gone with the note, on the very next request.
  await apiCall(page, "POST", `/api/articles/${articleId}/publication/pause`, { note: "Withdrawn while we recheck a figure." });
  const gone = await expectSameAnswer(pathname, { "accept-encoding": "gzip, deflate, br, zstd" });
  expect(gone.status).toBe(410);
  expect(gone.body.toString()).toContain("Withdrawn while we recheck a figure.");

  // And back.
  await apiCall(page, "POST", `/api/articles/${articleId}/publication`, {});
  expect((await expectSameAnswer(pathname)).status).toBe(200);

  // Next.js's own client-router requests are left to Next.js on both.
  expect((await get(CACHED + pathname, { rsc: "1" })).status).toBe((await get(NEXT + pathname, { rsc: "1" })).status);
});
