import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/server/create-user";
import { updateUser } from "@/lib/server/update-user";
import { listUsers } from "@/lib/server/list-users";
import { authenticateUser } from "@/lib/server/authenticate-user";
import { resolveActor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/server/create-api-token";
import { revokeApiToken } from "@/lib/server/revoke-api-token";
import { AppError } from "@/lib/domain/errors";
import { db, makeUser } from "./helpers";

const bearer = (token: string) => ({ headers: new Headers({ authorization: `Bearer ${token}` }), cookie: () => undefined });

describe("user administration", () => {
  it("an admin creates a user with a generated password that works once shown", async () => {
    const admin = await makeUser("admin");
    const { user, generatedPassword } = await createUser(admin, { email: "New.Person@Example.org", name: "New Person", role: "editor" });
    expect(user.email).toBe("new.person@example.org");
    expect(generatedPassword).toMatch(/^\w{16}$/);
    const signedIn = await authenticateUser({ email: "new.person@example.org", password: generatedPassword! });
    expect(signedIn.role).toBe("editor");
    const events = await db.event.findMany({ where: { targetId: user.id } });
    expect(events.map((e) => e.type)).toEqual(["user.created"]);
  });

  it("refuses a duplicate email and writes nothing", async () => {
    const admin = await makeUser("admin");
    await createUser(admin, { email: "dup@example.org", name: "One", role: "viewer", password: "password123" });
    await expect(createUser(admin, { email: "DUP@example.org", name: "Two", role: "viewer", password: "password123" })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.user.count({ where: { email: "dup@example.org" } })).toBe(1);
  });

  it("only admins may manage users", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(createUser(reviewer, { email: "x@example.org", name: "X", role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listUsers(reviewer)).rejects.toBeInstanceOf(AppError);
  });

  it("never demotes or deactivates the last active admin", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { active: false } });
    const admin = await makeUser("admin");
    await expect(updateUser(admin, admin.id, { role: "editor" })).rejects.toMatchObject({ code: "conflict" });
    await expect(updateUser(admin, admin.id, { active: false })).rejects.toMatchObject({ code: "conflict" });
    const second = await makeUser("admin");
    await updateUser(second, admin.id, { role: "editor" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("editor");
  });

  it("an admin cannot deactivate their own account, even with other admins about", async () => {
    const admin = await makeUser("admin");
    await makeUser("admin");
    await expect(updateUser(admin, admin.id, { active: false })).rejects.toMatchObject({ code: "conflict", message: "You cannot deactivate your own account; ask another admin." });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });

  it("a role change or deactivation voids the user's session and tokens at the next request", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const { token } = await createApiToken(editor, { name: "script" });
    expect((await resolveActor(bearer(token)))?.role).toBe("editor");
    const before = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    await updateUser(admin, editor.id, { role: "viewer" });
    const after = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await resolveActor(bearer(token)))?.role).toBe("viewer");
    await updateUser(admin, editor.id, { active: false });
    await expect(resolveActor(bearer(token))).rejects.toMatchObject({ code: "unauthorized" });
    await expect(authenticateUser({ email: editor.email, password: "password123" })).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("a revoked token stops working", async () => {
    const viewer = await makeUser("viewer");
    const { token, view } = await createApiToken(viewer, { name: "ci" });
    expect(await db.apiToken.findFirst({ where: { tokenHash: token } })).toBeNull(); // stored hashed
    await revokeApiToken(viewer, view.id);
    await expect(resolveActor(bearer(token))).rejects.toMatchObject({ code: "unauthorized" });
  });
});

describe("sign-in", () => {
  it("gives the same message for an unknown email and a wrong password", async () => {
    const user = await makeUser("viewer");
    const unknown = await authenticateUser({ email: "nobody@example.org", password: "whatever1" }).catch((e: AppError) => e.message);
    const wrong = await authenticateUser({ email: user.email, password: "wrong-password" }).catch((e: AppError) => e.message);
    expect(unknown).toBe("Email or password is incorrect.");
    expect(wrong).toBe(unknown);
  });

  it("locks an account at an address after five failures, even for the right password", async () => {
    const user = await makeUser("editor");
    for (let i = 0; i < 4; i++) {
      await expect(authenticateUser({ email: user.email, password: "nope-nope" })).rejects.toMatchObject({ code: "unauthorized" });
    }
    await expect(authenticateUser({ email: user.email, password: "nope-nope" })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(authenticateUser({ email: user.email, password: "password123" })).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/locked for 15 minutes/) });
  });
});
