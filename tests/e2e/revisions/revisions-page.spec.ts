import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, openSampleArticle, signIn } from "../fixtures";

const ORIGINAL = [
  "The council approved a budget of £12 million on Tuesday.",
  "The mayor said it was the largest budget in a decade.",
  "Opposition members walked out before the vote.",
].join("\n");

/** Creates an article through the form and returns its id (its page is open afterwards). */
async function createArticle(page: Page, title: string, body = ORIGINAL): Promise<string> {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url().split("/articles/")[1].split(/[?#]/)[0];
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

async function uploadVersion(page: Page, text: string, note: string) {
  await page.getByRole("button", { name: "Upload new version" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload a new version" });
  await dialog.getByLabel("New text").fill(text);
  await dialog.getByLabel("Note (what changed)").fill(note);
  await dialog.getByRole("button", { name: "Save new version" }).click();
  return dialog;
}

test("an editor uploads a new version, sees the re-anchoring summary and compares revisions", async ({ page }) => {
  await signIn(page, "editor");
  const id = await createArticle(page, `Budget vote ${Date.now()}`);
  // One claim on words that survive, one on words that change.
  const api = page.request;
  const headers = { origin: new URL(page.url()).origin };
  for (const exact of ["The mayor said it was the largest budget in a decade.", "a budget of £12 million"]) {
    const res = await api.post(`/api/articles/${id}/claims`, { data: { exact }, headers });
    expect(res.status()).toBe(201);
  }

  await page.goto(`/articles/${id}/revisions`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Revisions of");
  await expect(page.getByTestId("revision-1")).toContainText("Original text");

  const dialog = await uploadVersion(page, ORIGINAL.replace("£12 million", "£14 million").replace("Opposition members walked out before the vote.", "Two councillors abstained."), "Corrected the budget figure");
  await expect(dialog.getByTestId("revision-saved")).toHaveText("Saved. 1 claim kept, 1 changed, 0 orphaned.");
  await dialog.getByRole("button", { name: "Close", exact: true }).first().click();
  await expect(page.getByTestId("revision-2")).toContainText("Corrected the budget figure");
  await expect(page.getByTestId("revision-2")).toContainText("1 claim kept, 1 changed, 0 orphaned");

  await page.getByLabel("Compare from revision 1").check();
  await page.getByLabel("Compare to revision 2").check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  const diff = page.getByTestId("revision-diff");
  await expect(diff.locator("del").filter({ hasText: "12" })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: "14" })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: "abstained" })).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: "walked out" })).toHaveCSS("text-decoration-line", "line-through");
  await expect(diff.locator("ins").first()).toHaveCSS("text-decoration-line", "underline");
  // Inserted and deleted words (and the legend) keep enough contrast (axe color-contrast).
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "View revision 1" }).click();
  await expect(page.getByText("Revision 1 of 2 (read-only)")).toBeVisible();
  await expect(page.getByTestId("revision-text")).toContainText("£12 million");
});

test("a stale upload says who saved in between and offers a reload that keeps the text", async ({ page, browser }) => {
  await signIn(page, "editor");
  const id = await createArticle(page, `Stale upload ${Date.now()}`);
  await page.goto(`/articles/${id}/revisions`);

  const other = await newSignedInPage(browser, "editor2");
  const res = await other.request.post(`/api/articles/${id}/revisions`, { data: { version: 1, body: ORIGINAL + "\nA late paragraph.", note: "Late update" }, headers: { origin: new URL(page.url()).origin } });
  expect(res.status()).toBe(201);

  const dialog = await uploadVersion(page, ORIGINAL.replace("Tuesday", "Wednesday"), "My fix");
  await expect(dialog.getByRole("alert")).toContainText(/changed by .+ not saved/);
  await dialog.getByRole("button", { name: /Reload the latest version/ }).click();
  const restored = page.getByRole("dialog", { name: "Upload a new version" });
  await expect(restored.getByText("Your text from before the reload was restored.")).toBeVisible();
  await expect(restored.getByLabel("New text")).toHaveValue(/Wednesday/);
  await expect(page.getByTestId("revision-2")).toContainText("Late update");
  await other.context().close();
});

test("an empty version needs confirmation and keeps the claims as orphans", async ({ page }) => {
  await signIn(page, "editor");
  const id = await createArticle(page, `Retracted ${Date.now()}`);
  const headers = { origin: new URL(page.url()).origin };
  expect((await page.request.post(`/api/articles/${id}/claims`, { data: { exact: "Opposition members walked out" }, headers })).status()).toBe(201);
  await page.goto(`/articles/${id}/revisions`);
  const dialog = await uploadVersion(page, "", "Retracted by the publisher");
  await expect(dialog.getByRole("alert")).toContainText("has no text");
  await dialog.getByRole("button", { name: "Save the empty version anyway" }).click();
  await expect(dialog.getByTestId("revision-saved")).toHaveText("Saved. 0 claims kept, 0 changed, 1 orphaned.");
});

test("viewers see revisions but cannot upload", async ({ page }) => {
  await signIn(page, "viewer");
  await openSampleArticle(page);
  await page.waitForURL(/\/articles\/[^/?#]+$/);
  await page.goto(new URL(page.url()).pathname + "/revisions");
  await expect(page.getByTestId("revision-1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Upload new version" })).toHaveCount(0);
});

test("the upload dialog starts empty every time it opens: no old text, file, error or summary", async ({ page }) => {
  await signIn(page, "editor");
  const id = await createArticle(page, `Reset dialog ${Date.now()}`);
  await page.goto(`/articles/${id}/revisions`);
  const open = () => page.getByRole("button", { name: "Upload new version" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload a new version" });
  const file = dialog.getByLabel("Load the new version from a file");

  // A failed save (an empty file), then Cancel: reopened, the error and the file are gone.
  await open();
  await file.setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.from("") });
  await expect(dialog.getByLabel("Format", { exact: true })).toHaveValue("markdown");
  await dialog.getByRole("button", { name: "Save new version" }).click();
  await expect(dialog.getByRole("alert")).toContainText("has no text");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await open();
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await expect(dialog.getByLabel("New text")).toHaveValue("");
  await expect(file).toHaveValue("");
  await expect(dialog.getByLabel("Format", { exact: true })).toHaveValue("text");

  // A save from a file: the form empties, the summary and Close remain (Close has the focus).
  await file.setInputFiles({ name: "update.txt", mimeType: "text/plain", buffer: Buffer.from(ORIGINAL.replace("Tuesday", "Wednesday")) });
  await expect(dialog.getByLabel("New text")).toHaveValue(/Wednesday/);
  await dialog.getByLabel("Note (what changed)").fill("Day corrected");
  await dialog.getByRole("button", { name: "Save new version" }).click();
  await expect(dialog.getByTestId("revision-saved")).toContainText("Saved.");
  await expect(dialog.getByLabel("New text")).toHaveCount(0);
  await expect(file).toHaveCount(0);
  const close = dialog.getByRole("button", { name: "Close", exact: true }).last();
  await expect(close).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("revision-2")).toContainText("Day corrected");

  // Reopened: empty again.
  await open();
  await expect(dialog.getByTestId("revision-saved")).toHaveCount(0);
  await expect(dialog.getByLabel("New text")).toHaveValue("");
  await expect(dialog.getByLabel("Note (what changed)")).toHaveValue("");
  await expect(file).toHaveValue("");
});
