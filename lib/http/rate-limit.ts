import { sharedLimiter, tryConsume } from "@/lib/data/rate-limits";
import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { USER_RATE_LIMITS, rateLimitedMessage, type RateLimitedAction } from "@/lib/domain/user-rate-limits";

/**
 * Counts one `action` against the actor's budget, or throws 429 with Retry-After (set by
 * errorResponse from `details.retryAfterSeconds`). Shared store: holds across instances.
 */
export async function enforceUserRateLimit(actor: Actor, action: RateLimitedAction): Promise<void> {
  const { points, durationSeconds } = USER_RATE_LIMITS[action];
  const result = await tryConsume(sharedLimiter({ name: `user-${action}`, points, durationSeconds }), actor.id);
  if (result.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  throw new AppError("rate_limited", rateLimitedMessage(action, retryAfterSeconds), undefined, { retryAfterSeconds });
}
