import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

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

test("results of every kind are axe-clean: links inside text are underlined, meta lines never start with a separator", async ({ page }) => {
  await signIn(page, "editor");
  const origin = new URL(page.url()).origin;
  // A comment that mentions Putin, so the comments group shows too.
  const { articles } = await (await page.request.get("/api/articles")).json();
  const article = articles.find((a: { title: string }) => a.title.startsWith("Putin slams"));
  const { claims } = await (await page.request.get(`/api/articles/${article.id}`)).json();
  const posted = await page.request.post(`/api/claims/${claims[0].id}/comments`, { headers: { origin }, data: { body: `Putin is quoted twice here (${Date.now()})` } });
  expect(posted.status()).toBe(201);

  await page.goto("/search?q=Putin");
  for (const kind of ["claims", "articles", "sources", "comments"]) await expect(page.getByTestId(`results-${kind}`)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // A link in a line of text differs from it by more than colour (axe link-in-text-block).
  const inText = page.getByTestId("results-comments").locator("li p a").first();
  await expect(inText).toHaveCSS("text-decoration-line", "underline");
  // "Verdict · state · in article": separators only between items, never first.
  const metas = (await page.getByTestId("results-claims").locator("li > span").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) {
    expect(meta.trim()).not.toMatch(/^·|·$|·\s*·/);
    expect(meta).toContain(" · in ");
  }
});
