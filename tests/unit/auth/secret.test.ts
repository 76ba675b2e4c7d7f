import { afterEach, describe, expect, it, vi } from "vitest";
import { MISSING_SECRET_MESSAGE, authSecret } from "@/lib/auth/secret";

describe("the session-signing secret", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is never the public development constant in production, whatever else is set", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("FACTDESK_ALLOW_DEV_SECRET", "1");
    expect(() => authSecret()).toThrow(MISSING_SECRET_MESSAGE);
  });

  it("is the configured one when set", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "a-long-random-secret");
    expect(authSecret()).toBe("a-long-random-secret");
  });
});
