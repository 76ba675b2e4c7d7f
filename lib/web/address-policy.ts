import { BlockList, isIP } from "node:net";

/**
 * Which resolved addresses a server-side fetch may connect to: public unicast only. Private,
 * loopback, link-local (cloud metadata at 169.254.169.254 and fd00:ec2::254), carrier-grade
 * NAT (Alibaba's metadata at 100.100.100.200), multicast, documentation and reserved ranges
 * are refused, as are IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo),
 * because the embedded address could be any of the above.
 */
const blocked = new BlockList();
const V4: Array<[string, number]> = [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16],
  ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
];
const V6: Array<[string, number]> = [
  ["::", 128], ["::1", 128], ["64:ff9b::", 96], ["64:ff9b:1::", 48], ["100::", 64],
  ["2001::", 23], ["2001:db8::", 32], ["2002::", 16], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8],
];
for (const [net, prefix] of V4) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of V6) blocked.addSubnet(net, prefix, "ipv6");

/** True when `address` (an IP literal) is a public unicast address a fetch may reach. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d): refused outright. It is not in the BlockList because
  // BlockList matches plain IPv4 addresses against a ::ffff:0:0/96 rule.
  if (family === 6 && /^(0{0,4}:){0,5}:?ffff:/i.test(address) && !/^ffff/i.test(address)) return false;
  return !blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}
