import { describe, expect, it } from "vitest";
import { BASE_LOCK_MS, MAX_LOCK_MS, lockDurationMs, lockedMessage } from "@/lib/domain/login-throttle";

describe("sign-in throttling rules", () => {
  it("does not lock below the limit", () => {
    expect(lockDurationMs(4, 5)).toBeNull();
  });
  it("locks at the limit and doubles on each further lockout, up to a cap", () => {
    expect(lockDurationMs(5, 5)).toBe(BASE_LOCK_MS);
    expect(lockDurationMs(10, 5)).toBe(BASE_LOCK_MS * 2);
    expect(lockDurationMs(500, 5)).toBe(MAX_LOCK_MS);
  });
  it("says how long the lock lasts", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(lockedMessage(new Date("2026-01-01T10:04:30Z"), now)).toMatch(/locked for 5 minutes/);
    expect(lockedMessage(new Date("2026-01-01T10:00:10Z"), now)).toMatch(/locked for 1 minute;/);
  });
});
