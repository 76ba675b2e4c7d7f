import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";

test("an editor creates an article and finds it in the list", async ({ page }) => {
  await signIn(page, "editor");
  await expect(page.getByRole("link", { name: "New article" })).toHaveAttribute("href", "/articles/new");
  // A full load: typing into a form that a client-side navigation is still replacing loses the text.
  await page.goto("/articles/new");
  const title = `Council budget rises ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("The Local Ledger");
  await page.getByLabel("Original URL").fill("https://example.org/budget");
  await page.getByLabel("Article text").fill("The council approved a budget of £12 million on Tuesday.\nThe mayor said it was the largest in a decade.");
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("The mayor said it was the largest in a decade.")).toBeVisible();
  await page.goto("/articles");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("bad input shows field errors and creates nothing", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Original URL").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.locator("#title-error")).toHaveText("Title is required.");
  await expect(page.locator("#url-error")).toContainText("must be a full web address");
  await expect(page.getByRole("alert").first()).toContainText("Please correct");
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("the sample article is listed with its example claims", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`/articles?q=${encodeURIComponent("Putin slams")}`); // the list is paged
  const row = page.getByRole("listitem").filter({ hasText: "Putin slams" });
  await expect(row.getByTestId("claim-counts")).toContainText("5 claims, 5 checked");
});
