import { BlockList, isIP } from "node:net";

/**
 * The client's network address, for throttling. Headers are client-controlled, so the
 * address starts from the TCP peer of the connection, which Factdesk's server
 * (scripts/server.mjs) writes into PEER_HEADER after removing any value the client sent.
 * X-Forwarded-For is read only as far as FACTDESK_TRUSTED_PROXIES allows, from the right:
 * each proxy appends the address it received the request from, so only the right-most
 * entries were written by our own infrastructure; the left-most is whatever the client chose.
 *
 * FACTDESK_TRUSTED_PROXIES:
 *   unset or 0           → the peer is the client (no proxy in front)
 *   a number N           → N proxies in front: skip N hops from the right
 *   a list of IPs/CIDRs  → skip, from the right, every hop inside these networks
 */
export const PEER_HEADER = "x-factdesk-peer";
/** Set by scripts/server.mjs: only then is PEER_HEADER written by us and not by the client. */
export const PEER_HEADER_ENV = "FACTDESK_PEER_HEADER";
/** The key used when the peer is unknown (next dev, or a server that is not ours). */
export const UNKNOWN_ADDRESS = "unknown";

export type TrustedProxies = { hops: number } | { networks: BlockList };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

/** Parses FACTDESK_TRUSTED_PROXIES; throws with a readable message on a bad entry. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (text === "") return { hops: 0 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const networks = new BlockList();
  for (const entry of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits] = entry.split("/");
    const family = isIP(addr);
    if (!family) throw new Error(`FACTDESK_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR network.`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) networks.addAddress(addr, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new Error(`FACTDESK_TRUSTED_PROXIES: "${entry}" has a bad prefix length.`);
      networks.addSubnet(addr, prefix, type);
    }
  }
  return { networks };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
export function normaliseAddress(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a.toLowerCase();
}

function isTrusted(address: string, networks: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && networks.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The client address given the peer, the X-Forwarded-For chain and what is trusted. */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  const forwarded = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const chain = [...forwarded, peer].map(normaliseAddress);
  if ("hops" in trusted) return chain[Math.max(0, chain.length - 1 - trusted.hops)];
  let i = chain.length - 1;
  while (i > 0 && isTrusted(chain[i], trusted.networks)) i--;
  return chain[i];
}

let cached: { raw: string | undefined; parsed: TrustedProxies } | undefined;
function trustedFromEnv(): TrustedProxies {
  const raw = process.env.FACTDESK_TRUSTED_PROXIES;
  if (!cached || cached.raw !== raw) cached = { raw, parsed: parseTrustedProxies(raw) };
  return cached.parsed;
}

/** The address of the client that sent a request, or UNKNOWN_ADDRESS when it cannot be known. */
export function clientAddress(headers: HeaderSource): string {
  const peer = process.env[PEER_HEADER_ENV] === "1" ? header(headers, PEER_HEADER) : undefined;
  if (!peer) return UNKNOWN_ADDRESS;
  return resolveClientAddress(peer, header(headers, "x-forwarded-for"), trustedFromEnv());
}
