import { createHash, randomBytes } from "node:crypto";

/** Personal API tokens: `fd_` + 40 random base64url chars. Only the SHA-256 is stored. */
export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = "fd_" + randomBytes(30).toString("base64url");
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 10) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
