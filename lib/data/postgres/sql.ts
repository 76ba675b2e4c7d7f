/**
 * Raw statements whose SQLite text does not carry over to PostgreSQL (issue 12): `$n`
 * placeholders, and VALUES lists whose columns need explicit types (PostgreSQL types an
 * untyped parameter in VALUES as text).
 */

/**
 * The bulk re-anchoring UPDATE of lib/data/claims.ts applyAnchorUpdates for `rows` rows, with
 * the same parameters in the same order: $1 actor id, $2 timestamp, then per row
 * id, exact, prefix, suffix, start, end, anchorStatus, previousExact, significant (0/1).
 */
export function anchorUpdateSql(rows: number): string {
  const values = Array.from({ length: rows }, (_, r) => {
    const p = (i: number) => `$${3 + r * 9 + i}`;
    return `(${p(0)}::text, ${p(1)}::text, ${p(2)}::text, ${p(3)}::text, ${p(4)}::int, ${p(5)}::int, ${p(6)}::text, ${p(7)}::text, ${p(8)}::int)`;
  }).join(", ");
  return `UPDATE "Claim" SET "exact" = v.exact, "prefix" = v.prefix, "suffix" = v.suffix, "start" = v.start, "end" = v."end",
     "anchorStatus" = v."anchorStatus", "previousExact" = v."previousExact", "version" = "Claim"."version" + v.significant,
     "updatedById" = CASE WHEN v.significant = 1 THEN $1::text ELSE "Claim"."updatedById" END,
     "updatedAt" = CASE WHEN v.significant = 1 THEN ($2::timestamptz AT TIME ZONE 'UTC') ELSE "Claim"."updatedAt" END
   FROM (VALUES ${values}) AS v(id, exact, prefix, suffix, start, "end", "anchorStatus", "previousExact", significant) WHERE "Claim"."id" = v.id`;
}
