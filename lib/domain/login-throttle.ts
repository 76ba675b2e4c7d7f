/**
 * Sign-in throttling rules. Two limits, both windows that open at the first counted attempt
 * and expire after WINDOW_SECONDS (so counts decay; nothing is locked forever):
 *
 * - per (address, account): an account tried from one address gets PER_ACCOUNT_AT_ADDRESS
 *   attempts; a successful sign-in clears this count. Someone elsewhere cannot lock the
 *   account out, and colleagues' typos do not add up.
 * - per address, across accounts: ADDRESS_WIDE failures. Much higher, because a newsroom
 *   shares one office address; it stops one address from spraying guesses over many accounts.
 *
 * Both are checked-and-counted atomically *before* the password is verified, so parallel
 * attempts cannot all pass the check before any failure is recorded.
 */
export const PER_ACCOUNT_AT_ADDRESS = 5;
export const ADDRESS_WIDE = 100;
export const WINDOW_SECONDS = 15 * 60;

export function lockedMessage(msBeforeNext: number): string {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60000));
  return `Too many failed sign-in attempts. Sign-in is locked for ${minutes} minute${minutes === 1 ? "" : "s"}; try again later or ask an admin.`;
}

export const WRONG_CREDENTIALS_MESSAGE = "Email or password is incorrect.";
