import type { UserRecord } from "@/lib/data/users";

/** What the API may show of a user: never the password hash or throttling state. */
export type PublicUser = UserRecord;
