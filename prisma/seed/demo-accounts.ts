import type { Role } from "@/lib/domain/enums";

/** Demo accounts, one per role (two editors, to try live collaboration). Shown on the
 * sign-in page in demo mode and in the README. Never use them in a real deployment. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@factdesk.test", name: "Ada Admin", role: "admin", password: "factdesk-admin" },
  { email: "reviewer@factdesk.test", name: "Rui Reviewer", role: "reviewer", password: "factdesk-reviewer" },
  { email: "editor@factdesk.test", name: "Ana Editor", role: "editor", password: "factdesk-editor" },
  { email: "editor2@factdesk.test", name: "Ben Editor", role: "editor", password: "factdesk-editor2" },
  { email: "viewer@factdesk.test", name: "Vic Viewer", role: "viewer", password: "factdesk-viewer" },
];
