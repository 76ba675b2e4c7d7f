/**
 * The secret that signs session cookies. `npm run demo` writes one to .env.local; a
 * production server without one refuses to start (scripts/start.mjs) and, as a second line,
 * any request that needs it fails with this message rather than signing with a guessable key.
 */
const DEV_SECRET = "factdesk-development-secret-not-for-production";

export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. Set it to a long random string (for example `openssl rand -base64 32`) " +
  "in the environment or in .env.local before starting Factdesk in production.";

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret && secret.length > 0) return secret;
  // No escape hatch: a production server never signs sessions with this public constant.
  if (process.env.NODE_ENV === "production") throw new Error(MISSING_SECRET_MESSAGE);
  return DEV_SECRET;
}
