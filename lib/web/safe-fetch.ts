import http from "node:http";
import https from "node:https";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { isPublicAddress } from "./address-policy";
import { FetchRefusal } from "./refusal";
import { fetchSettings, type FetchSettings } from "./settings";

/** What Factdesk knows how to read: web pages, plain text and PDF files. */
export const ALLOWED_CONTENT_TYPES = ["text/html", "application/xhtml+xml", "text/plain", "application/pdf"] as const;

export interface FetchedPage {
  requestedUrl: string;
  /** The address after redirects. */
  finalUrl: string;
  status: number;
  /** The media type without parameters, lower case (e.g. "text/html"). */
  mediaType: string;
  /** The Content-Type header as received (parameters included), or the sniffed type. */
  contentType: string;
  charset: string | null;
  body: Buffer;
  fetchedAt: Date;
}

export interface FetchOptions {
  signal?: AbortSignal;
  settings?: FetchSettings;
}

const MB = 1024 * 1024;

/**
 * GET a page from the web without letting the address be turned against Factdesk's own network
 * (SSRF). Each hop — the first request and every redirect — is checked the same way: http or
 * https only; the host is resolved and every address it resolves to must be public unless the
 * host is on FACTDESK_FETCH_ALLOW_HOSTS; the connection then goes to the address that was
 * checked (a pinned lookup), so a second DNS answer cannot swap in a private one. Size, time,
 * redirect count and content type are limited.
 */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings = options.settings ?? fetchSettings();
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let url = parseWebUrl(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      const target = await resolveTarget(url, settings);
      const res = await requestOnce(url, target, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        if (hop >= settings.maxRedirects) throw new FetchRefusal("too_many_redirects", `The page redirected more than ${settings.maxRedirects} times; open it in a browser and paste the address it ends on.`);
        url = parseWebUrl(new URL(location, url).href, "redirected to");
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchRefusal("http_status", `The site answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""} for ${url.href}. Check the address, or try again later.`);
      }
      const header = String(res.headers["content-type"] ?? "");
      const declaredType = header.split(";")[0].trim().toLowerCase();
      if (declaredType && !(ALLOWED_CONTENT_TYPES as readonly string[]).includes(declaredType)) {
        res.destroy();
        throw new FetchRefusal("content_type", `Factdesk reads web pages, text and PDF files; this address serves ${declaredType}.`);
      }
      const body = await readBody(res, settings.maxBytes);
      const mediaType = declaredType || sniffType(body);
      return {
        requestedUrl: rawUrl,
        finalUrl: url.href,
        status,
        mediaType,
        contentType: header || mediaType,
        charset: /charset="?([\w.:-]+)/i.exec(header)?.[1]?.toLowerCase() ?? null,
        body,
        fetchedAt: new Date(),
      };
    }
  } catch (error) {
    if (error instanceof FetchRefusal) throw error;
    if (timeout.aborted) throw new FetchRefusal("timeout", `The site took longer than ${Math.round(settings.timeoutMs / 1000)} s to answer. Try again later.`);
    if (options.signal?.aborted) throw new FetchRefusal("cancelled", "The fetch was cancelled.");
    throw new FetchRefusal("network", `Could not reach ${url.host}: ${(error as Error).message ?? "network error"}.`);
  }
}

function parseWebUrl(raw: string, context = "The address"): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefusal("bad_url", "That is not a web address. Paste a full link starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    const prefix = context === "The address" ? "The address" : `The page ${context} an address that`;
    throw new FetchRefusal("scheme", `${prefix} uses ${url.protocol.replace(/:$/, "")}; Factdesk only fetches http and https links.`);
  }
  url.hash = "";
  return url;
}

interface Target {
  address: string;
  family: 4 | 6;
}

async function resolveTarget(url: URL, settings: FetchSettings): Promise<Target> {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const allowed = settings.allowHosts.has(host);
  const literal = isIP(host);
  if (literal) {
    if (!allowed && !isPublicAddress(host)) throw privateAddress(host, host);
    return { address: host, family: literal as 4 | 6 };
  }
  let answers: Array<{ address: string; family: number }>;
  try {
    answers = await dnsLookup(host, { all: true, verbatim: true });
  } catch {
    throw new FetchRefusal("dns", `The host ${host} could not be found. Check the link for typos.`);
  }
  if (answers.length === 0) throw new FetchRefusal("dns", `The host ${host} could not be found. Check the link for typos.`);
  if (!allowed) {
    const bad = answers.find((a) => !isPublicAddress(a.address));
    if (bad) throw privateAddress(host, bad.address);
  }
  return { address: answers[0].address, family: answers[0].family === 6 ? 6 : 4 };
}

function privateAddress(host: string, address: string): FetchRefusal {
  const where = host === address ? address : `${host} (${address})`;
  return new FetchRefusal(
    "private_address",
    `Factdesk does not fetch ${where}: it is a private, local or reserved network address. Only public web pages can be fetched; an administrator can allow intranet hosts with FACTDESK_FETCH_ALLOW_HOSTS.`,
  );
}

function requestOnce(url: URL, target: Target, signal: AbortSignal): Promise<http.IncomingMessage> {
  // The connection goes to the address checked above, whatever a second DNS answer would say.
  const pinned = ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts?.all) cb(null, [{ address: target.address, family: target.family }]);
    else cb(null, target.address, target.family);
  }) as unknown as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      signal,
      lookup: pinned,
      agent: false,
      headers: {
        "user-agent": "Factdesk/1.0 (fact-check archive; +https://github.com/factdesk)",
        accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new FetchRefusal("too_large", `The page is larger than ${Math.round(maxBytes / MB)} MB, Factdesk's limit for one fetch.`);
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  // Counted after decompression too, so a small compressed body cannot expand without limit.
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
  const stream: Readable =
    encoding === "gzip" ? res.pipe(zlib.createGunzip()) : encoding === "deflate" ? res.pipe(zlib.createInflate()) : encoding === "br" ? res.pipe(zlib.createBrotliDecompress()) : res;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sniffType(body: Buffer): string {
  const head = body.subarray(0, 512).toString("latin1").trimStart();
  if (head.startsWith("%PDF-")) return "application/pdf";
  if (/^<(!doctype html|html|head|body)/i.test(head)) return "text/html";
  return "text/plain";
}
