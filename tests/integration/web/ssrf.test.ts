import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRefusal, type FetchRefusalCode } from "@/lib/web/refusal";
import { fetchPage } from "@/lib/web/safe-fetch";
import type { FetchSettings } from "@/lib/web/settings";
import { startFixtureServer, type FixtureServer } from "@/tests/fixtures/web/server";

let server: FixtureServer;
/** The fixture server is reachable only because 127.0.0.1 is on the allow-list; "localhost" is not. */
const allowed: FetchSettings = { allowHosts: new Set(["127.0.0.1"]), maxBytes: 10 * 1024 * 1024, timeoutMs: 1_000, maxRedirects: 5 };
const strict: FetchSettings = { ...allowed, allowHosts: new Set() };

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

async function refusal(url: string, settings = allowed, signal?: AbortSignal): Promise<FetchRefusal> {
  try {
    await fetchPage(url, { settings, signal });
  } catch (error) {
    if (error instanceof FetchRefusal) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

async function expectRefused(url: string, reason: FetchRefusalCode, settings = allowed, message?: RegExp) {
  const r = await refusal(url, settings);
  expect(r.reason, `${url}: ${r.message}`).toBe(reason);
  if (message) expect(r.message).toMatch(message);
}

describe("SSRF: only public http(s) addresses", () => {
  it.each(["ftp://example.org/file", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "gopher://127.0.0.1:70/"])("refuses the scheme of %s", async (url) => {
    await expectRefused(url, "scheme", allowed, /only fetches http and https/);
  });

  it("refuses text that is not a URL", async () => {
    await expectRefused("not a link", "bad_url");
  });

  it("refuses loopback when the host is not on the allow-list, by name after DNS and by literal", async () => {
    await expectRefused(`http://localhost:${server.port}/news`, "private_address", allowed, /localhost \((127\.0\.0\.1|::1)\).*FACTDESK_FETCH_ALLOW_HOSTS/);
    await expectRefused(`${server.origin}/news`, "private_address", strict);
    await expectRefused(`http://[::1]:${server.port}/news`, "private_address");
    await expectRefused(`http://2130706433:${server.port}/news`, "private_address", strict); // 127.0.0.1 as a number
    await expectRefused(`http://[::ffff:127.0.0.1]:${server.port}/news`, "private_address", strict);
    await expectRefused(`http://0.0.0.0:${server.port}/news`, "private_address");
  });

  it.each(["http://10.0.0.7/", "http://192.168.1.1/", "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://100.100.100.200/", "http://[fd00:ec2::254]/", "http://[fe80::1]/"])(
    "refuses private, link-local and metadata address %s without connecting",
    async (url) => {
      await expectRefused(url, "private_address");
    },
  );

  it("checks every redirect hop: to the metadata address, to a private address, to localhost, to file:", async () => {
    await expectRefused(`${server.origin}/to-metadata`, "private_address", allowed, /169\.254\.169\.254/);
    await expectRefused(`${server.origin}/to-private`, "private_address", allowed, /10\.0\.0\.7/);
    await expectRefused(`${server.origin}/to-localhost`, "private_address", allowed, /localhost/);
    await expectRefused(`${server.origin}/to-file`, "scheme", allowed, /redirected to an address that uses file/);
  });

  it("follows at most 5 redirects", async () => {
    expect((await fetchPage(`${server.origin}/redirect/5`, { settings: allowed })).finalUrl).toBe(`${server.origin}/news`);
    await expectRefused(`${server.origin}/redirect/6`, "too_many_redirects", allowed, /more than 5 times/);
  });

  it("stops a body over the size limit, streamed or declared", async () => {
    // A generous time limit: on a busy machine streaming 10 MB may take longer than a second.
    const patient = { ...allowed, timeoutMs: 20_000 };
    await expectRefused(`${server.origin}/huge`, "too_large", patient, /larger than 10 MB/);
    await expectRefused(`${server.origin}/huge-declared`, "too_large", patient);
  });

  it("gives up on a slow page after the time limit", async () => {
    const started = Date.now();
    await expectRefused(`${server.origin}/slow?ms=5000`, "timeout", allowed, /longer than 1 s/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("can be cancelled", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const r = await refusal(`${server.origin}/slow?ms=5000`, { ...allowed, timeoutMs: 10_000 }, controller.signal);
    expect(r.reason).toBe("cancelled");
  });

  it("refuses content types it cannot read, and error statuses", async () => {
    await expectRefused(`${server.origin}/image.png`, "content_type", allowed, /serves image\/png/);
    await expectRefused(`${server.origin}/missing`, "http_status", allowed, /answered 404/);
  });

  it("reports an unknown host", async () => {
    await expectRefused("http://no-such-host.invalid/", "dns", allowed, /could not be found/);
  });
});
