/**
 * Soft delete, written once. Articles, claims and comments keep their row with `deletedAt`
 * set; a "live" row is one that is not deleted and whose parents are not either. Spread these
 * into a Prisma `where` (or use the SQL fragments in raw queries) instead of repeating
 * `deletedAt: null` by hand.
 */
export const live = { deletedAt: null } as const;

/** A live claim: neither it nor its article is deleted. */
export const liveClaim = { deletedAt: null, article: live } as const;

/** A live comment: neither it, its claim nor the claim's article is deleted. */
export const liveComment = { deletedAt: null, claim: liveClaim } as const;

/** Only deleted rows (for the few reads that exclude deleted parents by id). */
export const deleted = { deletedAt: { not: null } } as const;

/** SQL: the row aliased `alias` is not deleted (`live("c")` → `c."deletedAt" IS NULL`). */
export const liveSql = (alias: string) => `${alias}."deletedAt" IS NULL`;

/**
 * A case-insensitive "contains" filter for a Prisma `where`, on either database: SQLite's
 * LIKE ignores case already, PostgreSQL's needs `mode: "insensitive"` (ILIKE), which the
 * SQLite client's types (the app's) do not declare (issue 12).
 */
export function containsText(text: string): { contains: string } {
  return /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
