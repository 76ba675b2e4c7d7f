/**
 * Per-user budgets for the expensive requests. Generous for a person at work (a reviewer
 * exporting every format of ten articles stays well inside), tight enough that one script or
 * stolen token cannot monopolise the server's CPU. Windows open at the first request and
 * expire after `durationSeconds`.
 */
export const USER_RATE_LIMITS = {
  export: { points: 60, durationSeconds: 60, what: "exports" },
  import: { points: 20, durationSeconds: 60, what: "imports" },
  search: { points: 120, durationSeconds: 60, what: "searches" },
} as const;

export type RateLimitedAction = keyof typeof USER_RATE_LIMITS;

export function rateLimitedMessage(action: RateLimitedAction, retryAfterSeconds: number): string {
  const { points, durationSeconds, what } = USER_RATE_LIMITS[action];
  return `Too many ${what}: the limit is ${points} per ${durationSeconds} seconds. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}
