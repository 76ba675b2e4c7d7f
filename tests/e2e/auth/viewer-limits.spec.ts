import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";

test("a viewer cannot open the admin page or create an article, in the UI or on the server", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/admin/users");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await page.goto("/articles/new");
  await expect(page.getByTestId("forbidden")).toBeVisible();

  const origin = new URL(page.url()).origin;
  const create = await page.request.post("/api/articles", { data: { title: "Sneaky", body: "Text." }, headers: { origin } });
  expect(create.status()).toBe(403);
  expect((await create.json()).error.message).toMatch(/editor/);
  const users = await page.request.get("/api/users");
  expect(users.status()).toBe(403);
});

test("anonymous API calls get 401 JSON, not a page", async ({ request }) => {
  const res = await request.get("/api/articles");
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("unauthorized");
});
