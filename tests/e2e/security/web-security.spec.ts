import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";

test.describe("web security basics", () => {
  test("every response carries the security headers", async ({ request }) => {
    for (const path of ["/signin", "/api/openapi.json", "/api/articles", "/does-not-exist"]) {
      const res = await request.get(path);
      const h = res.headers();
      expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(h["content-security-policy"], path).toContain("object-src 'none'");
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(h["x-powered-by"], path).toBeUndefined();
    }
  });

  test("cookie-authenticated writes from another origin are refused and change nothing", async ({ page }) => {
    await signIn(page, "editor");
    const title = `CSRF probe ${Date.now()}`;
    const foreign = await page.request.post("/api/articles", { data: { title, body: "Text." }, headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).error.message).toMatch(/Cross-site/);
    const missing = await page.request.post("/api/articles", { data: { title, body: "Text." }, headers: { origin: "" } });
    expect(missing.status()).toBe(403);
    const list = await (await page.request.get("/api/articles")).json();
    expect(list.articles.some((a: { title: string }) => a.title === title)).toBe(false);
  });

  test("repeated wrong passwords lock the account and the sign-in page says so", async ({ page, browser }) => {
    // A throwaway account, so locking it does not disturb other tests.
    await signIn(page, "admin");
    const email = `lock-${Date.now()}@factdesk.test`;
    const origin = new URL(page.url()).origin;
    const created = await page.request.post("/api/users", { data: { email, name: "Lock Test", role: "editor", password: "right-password" }, headers: { origin } });
    expect(created.status()).toBe(201);
    const anon = await (await browser.newContext()).newPage();
    await anon.goto("/signin");
    await anon.getByLabel("Email").fill(email);
    page = anon;
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Password").fill(`wrong-${i}-password`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("signin-error")).toBeVisible();
    }
    await expect(page.getByTestId("signin-error")).toContainText("Too many failed sign-in attempts");
    await page.getByLabel("Password").fill("right-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signin-error")).toContainText("locked");
  });

  test("API answers never include password hashes or token hashes", async ({ page }) => {
    await signIn(page, "admin");
    const users = await (await page.request.get("/api/users")).text();
    expect(users).not.toMatch(/passwordHash|\$2[aby]\$/);
    const origin = new URL(page.url()).origin;
    const created = await page.request.post("/api/tokens", { data: { name: "probe" }, headers: { origin } });
    const body = await created.text();
    expect(body).not.toMatch(/tokenHash/);
  });
});
