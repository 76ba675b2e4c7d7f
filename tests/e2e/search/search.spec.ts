import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";

test("the search box finds claims, articles and sources, grouped, with matches marked", async ({ page }) => {
  await signIn(page, "viewer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await page.getByRole("searchbox").fill("FSB");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=FSB/);
  const claims = page.getByTestId("results-claims");
  await expect(claims.getByRole("heading", { name: /Claims/ })).toBeVisible();
  await expect(claims.locator("mark").first()).toHaveText(/FSB/i);
  await expect(page.getByTestId("results-articles")).toContainText("Putin slams");

  // A claim result opens the workbench on that claim.
  await claims.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/[^/?]+\?claim=/);
});

test("FTS syntax typed into the box is searched as text, never an error", async ({ page }) => {
  await signIn(page, "viewer");
  for (const q of ['"Biden', "NEAR(Putin", "AND OR NOT", "*", "-:^("]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("searchbox")).toHaveValue(q);
  }
  await page.goto(`/search?q=${encodeURIComponent('"Biden')}`);
  await expect(page.getByTestId("results-articles")).toContainText("Putin slams");
});

test("markup in stored text is shown as text", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  const word = `zebrafish${Date.now()}`;
  const title = `Escaping <b>check</b> ${word}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(`The ${word} study found <img src=x onerror=alert(1)> nothing.`);
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goto(`/search?q=${word}`);
  const articles = page.getByTestId("results-articles");
  await expect(articles).toContainText("<b>check</b>");
  await expect(articles.locator("img")).toHaveCount(0);
  await expect(articles.locator("mark")).toHaveText([word, word]); // title and snippet
});
