import { describe, expect, it } from "vitest";
import { ADDRESS_WIDE, PER_ACCOUNT_AT_ADDRESS, lockedMessage } from "@/lib/domain/login-throttle";

describe("sign-in throttling rules", () => {
  it("gives an office address far more room than one account", () => {
    expect(ADDRESS_WIDE).toBeGreaterThanOrEqual(PER_ACCOUNT_AT_ADDRESS * 20);
  });
  it("says how long the lock lasts, in whole minutes, at least one", () => {
    expect(lockedMessage(4.5 * 60_000)).toMatch(/locked for 5 minutes/);
    expect(lockedMessage(10_000)).toMatch(/locked for 1 minute;/);
    expect(lockedMessage(0)).toMatch(/locked for 1 minute;/);
  });
});
