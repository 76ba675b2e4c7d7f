import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding } from "@/lib/http/public-page-fast-path";

/**
 * The fast path compresses a public page exactly when Next.js would: checked against the
 * `compression` middleware Next.js itself runs (its compiled copy), over real HTTP.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compression = require("next/dist/compiled/compression") as () => (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

const BODY = Buffer.from("<!doctype html>" + "x".repeat(10_000));
let server: http.Server;
let port: number;

beforeAll(async () => {
  const middleware = compression();
  server = http.createServer((req, res) =>
    middleware(req, res, () => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(BODY);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function encodingChosenByNext(acceptEncoding: string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    const req = http.get({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve((res.headers["content-encoding"] as string | undefined) ?? "identity"));
    });
    req.on("error", reject);
  });
}

const HEADERS = [
  undefined,
  "",
  "gzip, deflate, br, zstd",
  "gzip, deflate, br",
  "gzip",
  "deflate",
  "br",
  "identity",
  "*",
  "deflate, gzip",
  "deflate, gzip;q=0.5",
  "deflate;q=0.5, gzip;q=0.1",
  "gzip;q=0, deflate",
  "gzip;q=0, deflate;q=0",
  "*;q=0.1, gzip;q=0",
  "identity;q=0, deflate",
  "GZIP",
  "br;q=1.0, gzip;q=0.8, *;q=0.1",
  "x-gzip",
  "compress, deflate;q=0.2",
];

describe("chooseEncoding agrees with Next.js's compression middleware", () => {
  for (const header of HEADERS) {
    it(`Accept-Encoding: ${JSON.stringify(header)}`, async () => {
      expect(chooseEncoding(header, BODY.length)).toBe(await encodingChosenByNext(header));
    });
  }

  it("sends bodies under the middleware's 1 KB threshold as they are", () => {
    expect(chooseEncoding("gzip", 1023)).toBe("identity");
    expect(chooseEncoding("gzip", 1024)).toBe("gzip");
  });
});
