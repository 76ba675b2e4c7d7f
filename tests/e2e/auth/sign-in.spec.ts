import { expect, test } from "@playwright/test";
import { account, signIn } from "../fixtures";

test.describe("signing in", () => {
  for (const role of ["admin", "reviewer", "editor", "viewer"] as const) {
    test(`${role} signs in and sees their name and role`, async ({ page }) => {
      await signIn(page, role);
      await expect(page.getByTestId("current-role")).toHaveText(role);
      await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
      const usersLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });
      if (role === "admin") await expect(usersLink).toBeVisible();
      else await expect(usersLink).toHaveCount(0);
      const newArticle = page.getByRole("link", { name: "New article" });
      if (role === "viewer") await expect(newArticle).toHaveCount(0);
      else await expect(newArticle).toBeVisible();
    });
  }

  test("a wrong password gets one clear message, the same as an unknown email", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(account("reviewer").email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("Email or password is incorrect.");
    await page.getByLabel("Email").fill("nobody@factdesk.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("Email or password is incorrect.");
  });

  test("signing out returns to the sign-in page and protects pages again", async ({ page }) => {
    await signIn(page, "editor");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles/);
  });

  test("the sign-in page lists the demo accounts in demo mode", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
    await expect(page.getByText("editor@factdesk.test")).toBeVisible();
  });
});
