import type { Tx } from "@/lib/data/transaction";
import { lastClaimChangeBy } from "@/lib/data/events";
import type { ClaimView } from "@/lib/data/claims";
import { AppError } from "@/lib/domain/errors";

function ago(iso: string): string {
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60000);
  if (minutes < 1) return "just now";
  if (minutes === 1) return "1 minute ago";
  if (minutes < 60) return `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
}

/** 409 with the current claim and who changed it: the client shows both versions. */
export async function staleClaimError(tx: Tx, current: ClaimView, yourVersion: number, fields: string[]): Promise<AppError> {
  const who = (await lastClaimChangeBy(tx, current.id)) ?? current.updatedBy.name;
  return new AppError(
    "conflict",
    `This claim was changed by ${who} ${ago(current.updatedAt)}; your edit to ${fields.join(", ")} was not saved. Review their version, then reapply or discard yours.`,
    undefined,
    { current, yourVersion, conflictingFields: fields, changedBy: who },
  );
}

export function lockedClaimError(current: ClaimView): AppError {
  return new AppError(
    "conflict",
    `This claim was approved${current.approvedBy ? ` by ${current.approvedBy.name}` : ""} and is locked. A reviewer must reopen it before it can be changed.`,
    undefined,
    { current, locked: true },
  );
}
