import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";
import { editorText, highlightedText, selectWithMouse } from "../workbench/helpers";
import { createArticle, highlight, openArticle } from "../live/helpers";

const MAYOR = "The mayor said the new bridge cost 40 million euros to build.";
const BUILD = "Construction began in the spring of 2019 and lasted three years.";
const CRITICS = "Critics claim the project was delayed by twelve months.";
const COUNCIL = "The city council approved a second bridge last week.";

async function markViaApi(page: Page, articleId: string, exact: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).claim.id;
}

/** Replaces `from` with `to` in the editable article by selecting it and typing. */
async function retype(page: Page, from: string, to: string) {
  await selectWithMouse(page, from);
  await page.keyboard.type(to);
}

async function saveNewVersion(page: Page, note: string) {
  const bar = page.getByTestId("text-editing");
  await bar.getByLabel("Note (what changed)").fill(note);
  await bar.getByRole("button", { name: "Save new version" }).click();
  await expect(bar).toBeHidden();
}

test("editing the text in the workbench: a changed claim is flagged, an untouched one is not, a deleted one is orphaned and can be re-attached", async ({ page }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Revise in place ${Date.now()}`);
  const mayor = await markViaApi(page, articleId, MAYOR);
  const build = await markViaApi(page, articleId, BUILD);
  const council = await markViaApi(page, articleId, COUNCIL);
  await openArticle(page, articleId);

  // Edit a claimed sentence and an unclaimed one, then save.
  await page.getByRole("button", { name: "Edit text" }).click();
  await expect(page.getByRole("toolbar", { name: "Text formatting" })).toBeVisible();
  await retype(page, "40 million", "45 million");
  await retype(page, "twelve months", "eleven months");
  await saveNewVersion(page, "Publisher corrected the cost");
  await expect(page.getByRole("status")).toContainText("New version saved: 2 claims kept, 1 changed, 0 orphaned.");

  await expect(editorText(page)).toContainText("cost 45 million euros");
  await expect(editorText(page)).toContainText("delayed by eleven months");
  const list = page.getByRole("list", { name: "Claims in reading order" });
  await expect(list.locator(`[data-claim-item="${mayor}"]`)).toContainText("Text changed");
  await expect(list.locator(`[data-claim-item="${build}"]`)).not.toContainText("Text changed");
  await expect.poll(() => highlightedText(page, mayor)).toBe("The mayor said the new bridge cost 45 million euros to build.");
  await expect.poll(() => highlightedText(page, build)).toBe(BUILD);

  // The panel shows old → new for the changed claim.
  await list.locator(`[data-claim-item="${mayor}"]`).getByRole("button").click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("changed-wording-was")).toContainText("40 million");
  await expect(panel.getByTestId("changed-wording-now")).toContainText("45 million");
  await list.locator(`[data-claim-item="${build}"]`).getByRole("button").click();
  await expect(panel.getByTestId("changed-wording")).toHaveCount(0);

  // Delete a claimed sentence: the claim is kept, not drawn, and listed as orphaned.
  await page.getByRole("button", { name: "Edit text" }).click();
  await selectWithMouse(page, COUNCIL);
  await page.keyboard.press("Backspace");
  await saveNewVersion(page, "Dropped the council sentence");
  await expect(page.getByRole("status")).toContainText("2 claims kept, 0 changed, 1 orphaned");
  const orphans = page.getByTestId("orphaned-claims");
  await expect(orphans).toContainText(COUNCIL);
  await expect(highlight(page, council)).toHaveCount(0);

  // Re-attach it to words selected in the text.
  await selectWithMouse(page, "Critics claim the project was delayed");
  await orphans.getByRole("button", { name: /Re-attach/ }).click();
  await expect(orphans).toBeHidden();
  await expect.poll(() => highlightedText(page, council)).toBe("Critics claim the project was delayed");
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", council);
});

test("two people edit the text: the second save is refused with who saved, keeps the edit, and can take the other version", async ({ page, browser }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Revise conflict ${Date.now()}`);
  await openArticle(page, articleId);
  await page.getByRole("button", { name: "Edit text" }).click();
  await retype(page, "three years", "four years");

  // Meanwhile Ben saves a new version through the API.
  const ben = await newSignedInPage(browser, "editor2");
  const origin = new URL(ben.url()).origin;
  const { article } = await (await ben.request.get(`/api/articles/${articleId}`)).json();
  const saved = await ben.request.post(`/api/articles/${articleId}/revisions`, {
    data: { version: article.version, body: `${MAYOR}\n\n${BUILD}\n\n${CRITICS}\n\nBen's extra paragraph.`, note: "Ben's update" },
    headers: { origin },
  });
  expect(saved.status(), await saved.text()).toBe(201);

  await page.getByTestId("text-editing").getByRole("button", { name: "Save new version" }).click();
  const dialog = page.getByRole("dialog", { name: "Someone saved a new version first" });
  await expect(dialog).toContainText("Ben Editor");
  await dialog.getByRole("button", { name: "Keep editing" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorText(page)).toContainText("lasted four years");

  await page.getByTestId("text-editing").getByRole("button", { name: "Save new version" }).click();
  await dialog.getByRole("button", { name: "Reload theirs" }).click();
  await expect(page.getByTestId("text-editing")).toBeHidden();
  await expect(editorText(page)).toContainText("Ben's extra paragraph.");
  await expect(editorText(page)).toContainText("lasted three years");
  await ben.context().close();
});
