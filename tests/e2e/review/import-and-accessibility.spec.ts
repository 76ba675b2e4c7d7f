import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../fixtures";
import { apiAs, makeFinishedClaim } from "./helpers";

async function seriousViolations(page: Page) {
  // nextjs-portal is the development overlay, absent from production builds.
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

test("an editor imports a Markdown file as a new article", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  const title = `Imported budget ${Date.now()}`;
  const form = page.getByRole("form", { name: "Import an article from a file" });
  await form.getByLabel("File", { exact: true }).setInputFiles({ name: "budget.md", mimeType: "text/markdown", buffer: Buffer.from("# Budget\n\nThe council approved **£12 million** on Tuesday.\n") });
  await expect(page.getByText(/budget\.md: Markdown/)).toBeVisible();
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Import article" }).click();
  await page.waitForURL(/\/articles\/(?!import)[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("The council approved £12 million on Tuesday.")).toBeVisible();
});

test("a JSON export comes back as a new article; a wrong file is refused", async ({ page }) => {
  await signIn(page, "editor");
  const made = await makeFinishedClaim(page, "Harbour round trip");
  const exported = await page.request.get(`/api/articles/${made.articleId}/export?format=json&drafts=1`);
  expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="factdesk-harbour-round-trip-/);
  const json = await exported.text();

  await page.goto("/articles/import");
  const form = page.getByRole("form", { name: "Import a Factdesk export" });
  await form.getByLabel("Export file (.json)").setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "factdesk/9" })) });
  await form.getByRole("button", { name: "Import as a new article" }).click();
  await expect(page.getByTestId("import-error")).toContainText('Unsupported export format "factdesk/9"');

  await form.getByLabel("Export file (.json)").setInputFiles({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await form.getByRole("button", { name: "Import as a new article" }).click();
  await expect(page.getByTestId("import-done")).toContainText(`Imported “${made.title}” with 1 claim`);
  await page.getByRole("link", { name: "Open the article" }).click();
  await page.waitForURL(/\/articles\/(?!import)[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(made.title, { timeout: 30_000 });
  const id = page.url().split("/articles/")[1];
  expect(id).not.toBe(made.articleId);
  const copy = await apiAs<{ claims: { exact: string; verdict: string }[] }>(page, "GET", `/api/articles/${id}`);
  expect(copy.claims.map((c) => [c.exact, c.verdict])).toEqual([[made.quote, "misleading"]]);
});

test("the queue, dashboard, import and settings pages have no serious accessibility violations", async ({ page }) => {
  await signIn(page, "admin");
  const made = await makeFinishedClaim(page, "Harbour accessibility");
  await apiAs(page, "POST", `/api/claims/${made.claimId}/review`, { action: "submit", version: made.version });
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/review?article=${made.articleId}`);
  await page.getByRole("button", { name: /^Send back/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  await page.goto(`/articles/${made.articleId}/dashboard`);
  await page.getByRole("button", { name: "Export" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/articles/import");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin/settings");
  expect(await seriousViolations(page)).toEqual([]);
});
