import { afterEach, describe, expect, it } from "vitest";
import { PEER_HEADER, PEER_HEADER_ENV, UNKNOWN_ADDRESS, clientAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);

describe("the client address used for throttling", () => {
  afterEach(() => {
    delete process.env[PEER_HEADER_ENV];
    delete process.env.FACTDESK_TRUSTED_PROXIES;
  });

  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });

  it("skips exactly the trusted number of hops from the right", () => {
    const one = parseTrustedProxies("1");
    // nginx appended the real client; the left-most entry is the client's own forgery.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", one)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.3", parseTrustedProxies("2"))).toBe("198.51.100.9");
    // A request that did not pass through the proxy has no hop to skip to: the peer's own chain start.
    expect(resolveClientAddress("198.51.100.9", undefined, one)).toBe("198.51.100.9");
  });

  it("skips hops inside trusted networks and stops at the first untrusted one", () => {
    const nets = parseTrustedProxies("10.0.0.0/8, 192.168.1.1, fd00::/8");
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.9, 192.168.1.1", nets)).toBe("198.51.100.9");
    expect(resolveClientAddress("fd00::1", "198.51.100.9", nets)).toBe("198.51.100.9");
    // A peer outside the trusted networks is the client: its X-Forwarded-For is ignored.
    expect(resolveClientAddress("198.51.100.20", "6.6.6.6", nets)).toBe("198.51.100.20");
  });

  it("refuses a malformed setting with a readable message", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/prefix length/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/not an IP address/);
  });

  it("reads the peer only when Factdesk's own server wrote it", () => {
    const headers = { [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4" };
    expect(clientAddress(headers)).toBe(UNKNOWN_ADDRESS);
    process.env[PEER_HEADER_ENV] = "1";
    expect(clientAddress(headers)).toBe("203.0.113.7");
    process.env.FACTDESK_TRUSTED_PROXIES = "1";
    expect(clientAddress(new Headers(headers))).toBe("1.2.3.4");
  });
});
