import type { Role } from "./enums";

/** The authenticated person behind a request, as every use case receives it. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** How the request proved who it is; cookie-authenticated writes get a same-origin check. */
  via: "session" | "token" | "system";
  /** A read-only API token: requireActor refuses it on every mutating request. */
  readOnly?: boolean;
}
