import type { Tx } from "@/lib/data/client";
import type { Role } from "@/lib/domain/enums";
import type { PublicUser } from "@/lib/contracts/users";
import { readSessionUser } from "./sqlite/read-connection";
import { fastDb, sqlDate, statement } from "./sqlite/write-connection";
import { db } from "./client";
import { isPostgres } from "./database-url";

/** The users store: accounts, their sign-in state and the directory of colleagues. */

type Client = Pick<Tx, "user">;

/** An account as the app may show it: never the password hash or session version (lib/contracts/users.ts PublicUser). */
export type UserRecord = PublicUser;

/** What signing in checks. */
export interface UserCredentials {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  passwordHash: string;
  sessionVersion: number;
}

/** What a session cookie is checked against on every request. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
}

/** An active colleague, for pickers and @mentions. */
export interface ColleagueRow {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const RECORD = { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true } as const;

type RecordRow = { id: string; email: string; name: string; role: string; active: boolean; lastLoginAt: Date | null; createdAt: Date };
const toRecord = (u: RecordRow): UserRecord => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  active: u.active,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

export async function emailTaken(client: Client, email: string): Promise<boolean> {
  return (await client.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}

export async function insertUser(tx: Client, data: { email: string; name: string; role: Role; passwordHash: string }): Promise<UserRecord> {
  return toRecord(await tx.user.create({ data, select: RECORD }));
}

export async function findUser(client: Client, id: string): Promise<UserRecord | null> {
  const fast = fastDb(client); // a hot write on SQLite (lib/data/transaction.ts)
  if (fast) {
    const row = statement(fast, `SELECT "id", "email", "name", "role", "active", "lastLoginAt", "createdAt" FROM "User" WHERE "id" = ?`).get(id) as
      | { id: string; email: string; name: string; role: string; active: number; lastLoginAt: string | number | null; createdAt: string | number }
      | undefined;
    return row ? toRecord({ ...row, active: row.active === 1, lastLoginAt: row.lastLoginAt === null ? null : sqlDate(row.lastLoginAt), createdAt: sqlDate(row.createdAt) }) : null;
  }
  const row = await client.user.findUnique({ where: { id }, select: RECORD });
  return row ? toRecord(row) : null;
}

export function countActiveAdmins(client: Client): Promise<number> {
  return client.user.count({ where: { role: "admin", active: true } });
}

/**
 * Changes what is given (undefined leaves a field as it is); `voidSessions` bumps the session
 * version, which ends the user's sessions at their next request.
 */
export async function updateUserRow(tx: Client, id: string, change: { role?: Role; active?: boolean; name?: string; voidSessions: boolean }): Promise<UserRecord> {
  const row = await tx.user.update({
    where: { id },
    data: { role: change.role, active: change.active, name: change.name, sessionVersion: change.voidSessions ? { increment: 1 } : undefined },
    select: RECORD,
  });
  return toRecord(row);
}

/** Every account: active first, then by name. */
export async function listUserRecords(client: Client): Promise<UserRecord[]> {
  const rows = await client.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: RECORD });
  return rows.map(toRecord);
}

/** Active accounts by name. */
export async function listActiveUsers(client: Client): Promise<ColleagueRow[]> {
  const rows = await client.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
  return rows.map((u) => ({ ...u, role: u.role as Role }));
}

export async function findCredentials(client: Client, email: string): Promise<UserCredentials | null> {
  const row = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  return row ? { ...row, role: row.role as Role } : null;
}

export async function recordLogin(client: Client, id: string, at = new Date()): Promise<void> {
  await client.user.update({ where: { id }, data: { lastLoginAt: at } });
}

/**
 * The session check, on every request: on SQLite a prepared statement on the read-only
 * connection (microseconds, no write lock), which only ever sees committed rows; on
 * PostgreSQL one primary-key read from the pool (issue 12).
 */
export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const row = isPostgres()
    ? await db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } })
    : readSessionUser(id);
  return row ? { id: row.id, name: row.name, email: row.email, role: row.role as Role, active: !!row.active, sessionVersion: row.sessionVersion } : null;
}
