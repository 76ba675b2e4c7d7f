import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/domain/errors";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  WRONG_CREDENTIALS_MESSAGE,
  lockDurationMs,
  lockedMessage,
} from "@/lib/domain/login-throttle";
import type { Role } from "@/lib/domain/enums";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

// A hash of a random password: checking against it when the email is unknown keeps the
// response time the same, so timing does not reveal which emails exist.
const DUMMY_HASH = "$2b$10$ynch0ty0/vDWN7sydQ21cukRfar1DoLcBmUXwm/gRliJ9A7GvbEp6";

/**
 * Checks an email and password, throttling failures per account and per client address.
 * Throws AppError("unauthorized") with the same message whether or not the email exists,
 * or AppError("rate_limited") while locked.
 */
export async function authenticateUser(input: { email: string; password: string; address?: string }): Promise<AuthenticatedUser> {
  const email = input.email.trim().toLowerCase();
  const now = new Date();
  const keys = [`email:${email}`, ...(input.address ? [`ip:${input.address}`] : [])];
  const throttles = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const locked = throttles.find((t) => t.lockedUntil && t.lockedUntil > now);
  if (locked?.lockedUntil) throw new AppError("rate_limited", lockedMessage(locked.lockedUntil, now));

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    const lockedUntil = await recordFailure(keys, now);
    if (lockedUntil) throw new AppError("rate_limited", lockedMessage(lockedUntil, now));
    throw new AppError("unauthorized", WRONG_CREDENTIALS_MESSAGE);
  }
  await db.$transaction([
    db.loginThrottle.deleteMany({ where: { key: `email:${email}` } }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now, failedLogins: 0 } }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, sessionVersion: user.sessionVersion };
}

async function recordFailure(keys: string[], now: Date): Promise<Date | null> {
  let lockedUntil: Date | null = null;
  for (const key of keys) {
    const limit = key.startsWith("email:") ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    const row = await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1 },
      update: { failures: { increment: 1 } },
    });
    const ms = lockDurationMs(row.failures, limit);
    if (ms && row.failures % limit === 0) {
      const until = new Date(now.getTime() + ms);
      await db.loginThrottle.update({ where: { key }, data: { lockedUntil: until } });
      lockedUntil = until;
    }
  }
  return lockedUntil;
}
