/**
 * Sign-in throttling rules, pure so they are unit-tested. After `MAX_FAILURES_PER_ACCOUNT`
 * failures an account is locked for a while; an address gets a larger allowance because an
 * office may share one address. The lock grows with repeated lockouts, up to an hour.
 */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const BASE_LOCK_MS = 5 * 60 * 1000;
export const MAX_LOCK_MS = 60 * 60 * 1000;

export function lockDurationMs(failures: number, limit: number): number | null {
  if (failures < limit) return null;
  const lockouts = Math.floor(failures / limit);
  return Math.min(BASE_LOCK_MS * 2 ** (lockouts - 1), MAX_LOCK_MS);
}

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
  return `Too many failed sign-in attempts. Sign-in is locked for ${minutes} minute${minutes === 1 ? "" : "s"}; try again later or ask an admin.`;
}

export const WRONG_CREDENTIALS_MESSAGE = "Email or password is incorrect.";
