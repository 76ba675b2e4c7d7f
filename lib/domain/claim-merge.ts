/**
 * Optimistic concurrency for claims, decided by a pure function. A write names the
 * `version` it started from. If the claim has moved on since, the write is still applied
 * when every field it changes is untouched by the other writers (the client says what it
 * started from in `base`); that is a field-level merge, reported as "rebased". Otherwise it
 * is a conflict and nothing is written.
 */
export const MERGEABLE_CLAIM_FIELDS = ["claimant", "normalized", "verdict", "rationale", "assigneeId"] as const;
export type MergeableClaimField = (typeof MERGEABLE_CLAIM_FIELDS)[number];
export type ClaimFieldValues = { [K in MergeableClaimField]: string | null };

export type UpdatePlan =
  | { kind: "apply"; changes: Partial<ClaimFieldValues>; rebased: boolean }
  | { kind: "conflict"; fields: MergeableClaimField[] };

export function planClaimUpdate(input: {
  current: ClaimFieldValues & { version: number };
  patch: Partial<ClaimFieldValues>;
  version: number;
  base?: Partial<ClaimFieldValues>;
}): UpdatePlan {
  const { current, patch, version, base } = input;
  const changes: Partial<ClaimFieldValues> = {};
  for (const field of MERGEABLE_CLAIM_FIELDS) {
    if (field in patch && patch[field] !== undefined && patch[field] !== current[field]) changes[field] = patch[field];
  }
  if (version === current.version) return { kind: "apply", changes, rebased: false };
  const conflicts = MERGEABLE_CLAIM_FIELDS.filter((field) => {
    if (!(field in patch) || patch[field] === undefined) return false;
    if (patch[field] === current[field]) return false; // same result either way
    return !base || !(field in base) || base[field] !== current[field];
  });
  if (conflicts.length > 0) return { kind: "conflict", fields: conflicts };
  return { kind: "apply", changes, rebased: true };
}
