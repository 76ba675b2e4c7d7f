import { decode } from "next-auth/jwt";
import { withDb } from "@/lib/data/handle";
import { findTokenActor, recordTokenUse } from "@/lib/data/tokens";
import { findSessionUser } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { hashApiToken } from "./api-token";
import { authSecret } from "./secret";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

interface RequestLike {
  headers: Headers;
  cookie(name: string): string | undefined;
}

/**
 * Finds who is making a request: a bearer API token or the next-auth session cookie.
 * The user row is read on every request so that deactivation, a role change or a revoked
 * token takes effect at once. Returns null when nobody is signed in (or the proof is void).
 */
export async function resolveActor(req: RequestLike): Promise<Actor | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) return actorFromBearer(authorization);
  const cookie = SESSION_COOKIES.map((name) => req.cookie(name)).find(Boolean);
  if (!cookie) return null;
  return actorFromSessionCookie(cookie);
}

async function actorFromBearer(header: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new AppError("unauthorized", "The Authorization header must be `Bearer <token>`.");
  const row = await findTokenActor(hashApiToken(match[1]));
  if (!row || row.revoked || !row.user.active) {
    throw new AppError("unauthorized", "This API token is not valid: it was revoked, or its user was deactivated.");
  }
  const expiresAt = row.expiresAt;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw new AppError("unauthorized", `This API token expired on ${expiresAt.toISOString().slice(0, 10)}. Create a new one under your name → API tokens.`);
  }
  // Recording use at most once a minute keeps token-authenticated requests free of writes.
  if (!row.lastUsedAt || Date.now() - Date.parse(row.lastUsedAt) > 60_000) {
    await withDb((client) => recordTokenUse(client, row.tokenId));
  }
  const u = row.user;
  return { id: u.id, name: u.name, email: u.email, role: u.role, via: "token", ...(row.scope === "read" ? { readOnly: true } : {}) };
}

async function actorFromSessionCookie(cookie: string): Promise<Actor | null> {
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token: cookie, secret: authSecret() });
  } catch {
    return null;
  }
  const uid = typeof payload?.uid === "string" ? payload.uid : null;
  if (!uid) return null;
  const user = await findSessionUser(uid);
  if (!user || !user.active || user.sessionVersion !== Number(payload?.sv ?? -1)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, via: "session" };
}
