/** What the API may show of a user: never the password hash or throttling state (declared in lib/contracts/users.ts). */
export type { PublicUser } from "@/lib/contracts/users";
