import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as usersRoute } from "@/app/api/users/route";
import { createApiToken } from "@/lib/server/create-api-token";
import type { Role } from "@/lib/domain/enums";
import { makeUser } from "../helpers";

const tokens = new Map<Role, string>();
beforeAll(async () => {
  for (const role of ["viewer", "editor", "reviewer", "admin"] as const) {
    tokens.set(role, (await createApiToken(await makeUser(role), { name: "directory" })).token);
  }
});

async function directory(role: Role): Promise<Record<string, unknown>[]> {
  const req = new NextRequest("http://localhost/api/users?directory=1", { headers: { authorization: `Bearer ${tokens.get(role)}` } });
  const res = await usersRoute(req, { params: Promise.resolve({}) });
  expect(res.status).toBe(200);
  return (await res.json()).users;
}

describe("the user directory (@mentions, assignee pickers)", () => {
  for (const role of ["viewer", "editor", "reviewer"] as const) {
    it(`gives a ${role} names, ids and who can be assigned, but no email or role`, async () => {
      const users = await directory(role);
      expect(users.length).toBeGreaterThanOrEqual(4);
      for (const u of users) expect(Object.keys(u).sort()).toEqual(["assignable", "id", "name"]);
      expect(JSON.stringify(users)).not.toMatch(/@test\.example|"(viewer|editor|reviewer|admin)"/);
      expect(users.filter((u) => u.assignable).length).toBe(users.length - 1);
    });
  }

  it("gives an admin the email address and role too", async () => {
    const users = await directory("admin");
    for (const u of users) expect(u).toMatchObject({ id: expect.any(String), name: expect.any(String), email: expect.stringContaining("@"), role: expect.any(String) });
  });
});
