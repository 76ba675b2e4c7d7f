import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { ACTION_MIN_ROLE, can, type Action } from "@/lib/domain/permissions";

const ROLE_NAME = { viewer: "a viewer", editor: "an editor", reviewer: "a reviewer", admin: "an admin" } as const;

/** Throws 403 unless the actor's role allows the action; the message names the role needed. */
export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) {
    const need = ACTION_MIN_ROLE[action];
    throw new AppError("forbidden", `Only ${ROLE_NAME[need]} or above can do this; you are signed in as ${ROLE_NAME[actor.role]}.`);
  }
}
