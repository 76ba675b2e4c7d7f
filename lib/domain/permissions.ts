import type { Role } from "./enums";
import { ROLES } from "./enums";

/**
 * Who may do what. Roles are cumulative (viewer < editor < reviewer < admin), so each
 * action names the least role that may perform it. Use cases call `can`/`assertCan` on
 * every request; the UI only uses it to hide controls.
 */
export const ACTION_MIN_ROLE = {
  "article.read": "viewer",
  "export.read": "viewer",
  "token.manage": "viewer",
  "mention.read": "viewer",
  "article.create": "editor",
  "article.update": "editor",
  "claim.create": "editor",
  "claim.update": "editor",
  "claim.delete": "editor",
  "claim.assign": "editor",
  "source.link": "editor",
  "comment.create": "editor",
  "review.submit": "editor",
  "suggestion.dismiss": "editor",
  "review.approve": "reviewer",
  "review.reopen": "reviewer",
  /** Publish, republish and pause an article's public fact-check page. */
  "publication.manage": "reviewer",
  "comment.moderate": "admin",
  "article.delete": "admin",
  "user.manage": "admin",
  "settings.manage": "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof ACTION_MIN_ROLE;

export interface Principal {
  id: string;
  role: Role;
}

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function hasRole(user: Pick<Principal, "role"> | null | undefined, least: Role): boolean {
  return !!user && roleRank(user.role) >= roleRank(least);
}

export function can(user: Pick<Principal, "role"> | null | undefined, action: Action): boolean {
  return hasRole(user, ACTION_MIN_ROLE[action]);
}
