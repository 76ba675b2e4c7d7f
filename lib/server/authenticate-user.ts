import { createHash } from "node:crypto";
import { withDb } from "@/lib/data/handle";
import { sharedLimiter, tryConsume } from "@/lib/data/rate-limits";
import { findCredentials, recordLogin } from "@/lib/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { AppError } from "@/lib/domain/errors";
import {
  ADDRESS_WIDE,
  PER_ACCOUNT_AT_ADDRESS,
  WINDOW_SECONDS,
  WRONG_CREDENTIALS_MESSAGE,
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

const pairLimit = () => sharedLimiter({ name: "login-pair", points: PER_ACCOUNT_AT_ADDRESS, durationSeconds: WINDOW_SECONDS });
const addressLimit = () => sharedLimiter({ name: "login-address", points: ADDRESS_WIDE, durationSeconds: WINDOW_SECONDS });

/** Keys are hashed: an email can be long, and the table need not hold addresses in clear. */
const key = (...parts: string[]) => createHash("sha256").update(parts.join("\n")).digest("base64url");

/**
 * Checks an email and password (rules in lib/domain/login-throttle.ts). Each attempt is
 * counted before the password is verified; a success refunds the address-wide point and
 * clears the (address, account) count. Throws AppError("unauthorized") with the same message
 * whether or not the email exists, or AppError("rate_limited") while a limit is reached.
 */
export async function authenticateUser(input: { email: string; password: string; address?: string }): Promise<AuthenticatedUser> {
  const email = input.email.trim().toLowerCase();
  const address = input.address || UNKNOWN_ADDRESS;
  const pairKey = key(address, email);
  const addressKey = key(address);

  // The pair first: once one account is locked at an address, further tries for it stop
  // here and do not use up the address-wide allowance that colleagues share.
  const pair = await tryConsume(pairLimit(), pairKey);
  if (!pair.allowed) throw new AppError("rate_limited", lockedMessage(pair.msBeforeNext));
  const wide = await tryConsume(addressLimit(), addressKey);
  if (!wide.allowed) throw new AppError("rate_limited", lockedMessage(wide.msBeforeNext));

  const user = await withDb((client) => findCredentials(client, email));
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    // The attempt that used the last point says so, rather than leaving the next one to.
    if (pair.remaining === 0) throw new AppError("rate_limited", lockedMessage(pair.msBeforeNext));
    if (wide.remaining === 0) throw new AppError("rate_limited", lockedMessage(wide.msBeforeNext));
    throw new AppError("unauthorized", WRONG_CREDENTIALS_MESSAGE);
  }
  await Promise.all([
    pairLimit().delete(pairKey),
    addressLimit().reward(addressKey, 1),
    withDb((client) => recordLogin(client, user.id)),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
