import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db, type Db } from "@/lib/data/client";

/**
 * Rate limiters stored in the RateLimit table through rate-limiter-flexible's Prisma store,
 * so every server instance sharing the database shares the counts. Each consume is one
 * INSERT ... ON CONFLICT DO UPDATE (Prisma's native upsert), i.e. check-and-count is atomic.
 */
export interface LimiterSpec {
  /** Namespaces the keys of one limit ("login-pair", "export"). */
  name: string;
  points: number;
  durationSeconds: number;
}

export type Limiter = RateLimiterPrisma;

const limiters = new WeakMap<Db, Map<string, Limiter>>();

/** One limiter per (client, spec), so the store's expiry timer is not duplicated. */
export function rateLimiter(db: Db, spec: LimiterSpec): Limiter {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  const id = `${spec.name}:${spec.points}:${spec.durationSeconds}`;
  let limiter = byName.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.durationSeconds,
    });
    byName.set(id, limiter);
  }
  return limiter;
}

/** The limiter for `spec` on the process-wide database (what use cases and route guards use). */
export function sharedLimiter(spec: LimiterSpec): Limiter {
  return rateLimiter(db, spec);
}

/** A consume that resolves with the outcome instead of throwing on "over the limit". */
export async function tryConsume(limiter: Limiter, key: string, points = 1): Promise<{ allowed: boolean; remaining: number; msBeforeNext: number }> {
  try {
    const res = await limiter.consume(key, points);
    return { allowed: true, remaining: res.remainingPoints, msBeforeNext: res.msBeforeNext };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, remaining: 0, msBeforeNext: error.msBeforeNext };
    throw error;
  }
}
