import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript (no native build). Cost 10 is ~70 ms per check here: slow
// enough to blunt guessing, fast enough for a sign-in page. Tests may lower it.
const COST = Number(process.env.FACTDESK_BCRYPT_COST ?? 10);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A random password for generated accounts, printed once. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

export const PASSWORD_MIN_LENGTH = 8;
