import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { PEER_HEADER, PEER_HEADER_ENV } from "@/lib/auth/client-address";
import { ADDRESS_WIDE } from "@/lib/domain/login-throttle";
import { authenticateUser } from "@/lib/server/authenticate-user";
import { hashPassword } from "@/lib/auth/password";
import type { AppError } from "@/lib/domain/errors";
import { db, makeUser } from "../helpers";

/**
 * Sign-in throttling through next-auth's credentials `authorize` (what POST
 * /api/auth/callback/credentials calls) and the use case, on a real database.
 */
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = ((authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize);

let n = 0;
const peer = () => `198.51.100.${++n}`;
async function signIn(email: string, password: string, headers: Record<string, string>): Promise<string> {
  try {
    await authorize({ email, password }, { headers });
    return "ok";
  } catch (error) {
    return (error as Error).message;
  }
}
const attempt = (email: string, password: string, address: string) =>
  authenticateUser({ email, password, address }).then(() => "ok", (e: AppError) => e.code);

beforeAll(() => {
  process.env[PEER_HEADER_ENV] = "1";
});
afterAll(() => {
  delete process.env[PEER_HEADER_ENV];
});

describe("sign-in throttling", () => {
  it("ignores a forged X-Forwarded-For: rotating it neither dodges the limit nor locks out others", async () => {
    const user = await makeUser("editor");
    const attacker = peer();
    for (let i = 0; i < 5; i++) {
      await signIn(user.email, "wrong-password", { [PEER_HEADER]: attacker, "x-forwarded-for": `203.0.113.${i}` });
    }
    const dodging = await signIn(user.email, "password123", { [PEER_HEADER]: attacker, "x-forwarded-for": "203.0.113.200" });
    expect(dodging).toMatch(/Too many failed sign-in attempts/);
    // The owner, at another address (that the attacker named in X-Forwarded-For), still gets in.
    expect(await signIn(user.email, "password123", { [PEER_HEADER]: "203.0.113.1" })).toBe("ok");
  });

  it("trusts X-Forwarded-For only as far as FACTDESK_TRUSTED_PROXIES says", async () => {
    process.env.FACTDESK_TRUSTED_PROXIES = "127.0.0.1";
    try {
      const user = await makeUser("editor");
      const behindProxy = (client: string) => ({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": `6.6.6.6, ${client}` });
      for (let i = 0; i < 5; i++) await signIn(user.email, "wrong-password", behindProxy("198.51.100.77"));
      expect(await signIn(user.email, "password123", behindProxy("198.51.100.77"))).toMatch(/locked/);
      expect(await signIn(user.email, "password123", behindProxy("198.51.100.78"))).toBe("ok");
    } finally {
      delete process.env.FACTDESK_TRUSTED_PROXIES;
    }
  });

  it("does not let colleagues' typos behind one office address lock everyone out", async () => {
    const office = peer();
    const colleagues = await Promise.all(Array.from({ length: 25 }, () => makeUser("editor")));
    for (const c of colleagues) {
      for (let i = 0; i < 3; i++) expect(await attempt(c.email, "typo-typo", office)).toBe("unauthorized");
    }
    const admin = await makeUser("admin");
    expect(await attempt(admin.email, "password123", office)).toBe("ok");
    expect(await attempt(colleagues[0].email, "password123", office)).toBe("ok");
  });

  it("clears an account's count at an address when it signs in", async () => {
    const user = await makeUser("viewer");
    const home = peer();
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, "wrong-password", home)).toBe("unauthorized");
    expect(await attempt(user.email, "password123", home)).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, "wrong-password", home)).toBe("unauthorized");
  });

  it("lets a count decay when its window has passed", async () => {
    const user = await makeUser("viewer");
    const home = peer();
    for (let i = 0; i < 5; i++) await attempt(user.email, "wrong-password", home);
    expect(await attempt(user.email, "password123", home)).toBe("rate_limited");
    // The window's end, as the store records it, moved into the past.
    await db.rateLimit.updateMany({ data: { expire: new Date(Date.now() - 1000) } });
    expect(await attempt(user.email, "password123", home)).toBe("ok");
  });

  it("counts parallel attempts before checking any password", async () => {
    const user = await makeUser("viewer");
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(user.email, "wrong-password", "192.0.2.50")));
    // Five points per (address, account): at most five attempts reach the password check.
    expect(results.filter((r) => r === "unauthorized").length).toBeLessThanOrEqual(4);
    expect(results.filter((r) => r === "rate_limited").length).toBeGreaterThanOrEqual(16);
    expect(results.every((r) => r === "unauthorized" || r === "rate_limited")).toBe(true);
  });

  it("stops one address spraying guesses over many accounts", async () => {
    const sprayer = peer();
    // Real accounts with a cheap hash keep the test fast (unknown emails check a costly dummy hash).
    const passwordHash = await hashPassword("password123");
    const emails = Array.from({ length: ADDRESS_WIDE + 3 }, (_, i) => `spray${i}@example.org`);
    await db.user.createMany({ data: emails.map((email) => ({ email, name: email, passwordHash })) });
    const results: string[] = [];
    for (const email of emails) results.push(await attempt(email, "guess-guess", sprayer));
    expect(results.slice(0, ADDRESS_WIDE - 1).every((r) => r === "unauthorized")).toBe(true);
    expect(results.slice(ADDRESS_WIDE - 1).every((r) => r === "rate_limited")).toBe(true);
  });
});
