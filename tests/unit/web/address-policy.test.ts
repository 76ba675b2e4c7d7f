import { describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/web/address-policy";
import { parseAllowHosts } from "@/lib/web/settings";

describe("isPublicAddress", () => {
  it.each(["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e"])("accepts public %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.100.100.200", "100.64.0.1",
    "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:127.0.0.1",
    "::ffff:10.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::", "2001:db8::1", "ff02::1", "not-an-ip", "",
  ])("refuses %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

describe("parseAllowHosts", () => {
  it("reads a comma-separated list, lower-cased, brackets dropped", () => {
    expect([...parseAllowHosts(" Intranet.Example ,127.0.0.1,[::1],,")]).toEqual(["intranet.example", "127.0.0.1", "::1"]);
    expect(parseAllowHosts(undefined).size).toBe(0);
  });
});
