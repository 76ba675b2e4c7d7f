import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { articleIdFrom, createClaimViaApi, isCreateClaim, selectWithMouse, waitForWorkbench } from "../workbench/helpers";
import { NEWS_TITLE } from "../../fixtures/web/pages";
import { startFixtureServer, type FixtureServer } from "../../fixtures/web/server";

/**
 * From a pasted link to a marked claim with an archived, auto-described source. The fixture
 * pages are served from 127.0.0.1, which the app may fetch only because scripts/e2e-server.mjs
 * puts it on FACTDESK_FETCH_ALLOW_HOSTS.
 */
let fixtures: FixtureServer;
// Each test fetches, parses and archives pages through the app: slow on a loaded CI machine.
test.setTimeout(180_000);
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
});
test.afterAll(async () => {
  await fixtures.close();
});

const CLAIM = "The barrier will cost €48 million, according to the council's own estimate";

test("an editor creates an article from a link, marks a claim and cites a source that fills itself in and gets archived", async ({ page, context }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Article URL").fill(`${fixtures.origin}/redirect/2`);
  await page.getByRole("button", { name: "Fetch article" }).click();

  const preview = page.getByTestId("article-preview");
  await expect(preview.getByRole("heading", { name: "What the barrier will do" })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "a movable gate across the harbour mouth" })).toBeVisible();
  await expect(preview).not.toContainText("Subscribe now");
  await expect(preview).not.toContainText("ADVERTISEMENT");
  await expect(page.locator("#previewTitle")).toHaveValue(NEWS_TITLE);
  await expect(page.locator("#previewByline")).toHaveValue("Mira Castellanos");
  await expect(page.locator("#previewPublishedAt")).toHaveValue("2026-11-28");
  await page.screenshot({ path: "test-results/from-the-web-preview.png", fullPage: true });
  await page.getByRole("button", { name: "Create article from this page" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEWS_TITLE, { timeout: 30_000 });
  await waitForWorkbench(page);

  await selectWithMouse(page, CLAIM);
  const created = page.waitForResponse(isCreateClaim);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  expect((await created).status()).toBe(201);

  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Add a source" }).click();
  await panel.getByLabel("Source URL").fill(`${fixtures.origin}/json-ld`);
  await panel.getByLabel("Source URL").press("Tab");
  // Filled in from the page's JSON-LD, without typing a title.
  await expect(panel.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Sea level rise along the northern coast, 1990-2025");
  await expect(panel.getByLabel("Publisher")).toHaveValue("Coastal Research Institute");
  await expect(panel.getByLabel("Author")).toHaveValue("Dr. Lena Okafor, Tomás Reyes");
  await expect(panel.getByTestId("source-described")).toContainText("Filled in title, publisher, author, date");
  await panel.getByRole("button", { name: "Add source" }).click();

  const source = panel.getByTestId("linked-source");
  await expect(source).toHaveCount(1);
  // The source's own link (its name starts with the title); once archived, a second link
  // "view copy of Sea level rise…" appears beside it, and may already be there.
  await expect(source.getByRole("link", { name: /^Sea level rise along the northern coast/ })).toBeVisible();
  const status = source.getByTestId("source-archive");
  await expect(status).toContainText(/archived \d{1,2} \w{3} \d{4}/, { timeout: 30_000 });
  await page.screenshot({ path: "test-results/from-the-web-claim-panel.png", fullPage: false });

  const [copy] = await Promise.all([context.waitForEvent("page"), status.getByRole("link", { name: /view copy/ }).click()]);
  await expect(copy.getByRole("heading", { level: 1 })).toHaveText("Sea level rise along the northern coast, 1990-2025");
  await expect(copy.getByTestId("archive-sha256")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(copy.getByTestId("archive-text")).toContainText("Report landing page.");
  await copy.screenshot({ path: "test-results/from-the-web-archive.png", fullPage: true });

  // The source survives a reload with its archive date.
  await page.reload();
  await waitForWorkbench(page);
  expect(articleIdFrom(page)).toBeTruthy();
});

test("an archived page whose HTML runs a script is shown without running it", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`Script archive ${Date.now()}`);
  await page.getByLabel("Article text").fill("The council said the figures were final.");
  await page.getByRole("button", { name: "Create article", exact: true }).click();
  await waitForWorkbench(page);
  const claim = await createClaimViaApi(page, "the figures were final");
  const origin = new URL(page.url()).origin;
  const linked = await page.request.post(`/api/claims/${claim.id}/sources`, { data: { url: `${fixtures.origin}/script`, title: "Script page", stance: "context" }, headers: { origin } });
  expect(linked.status()).toBe(201);
  const sourceId: string = (await linked.json()).claim.sources[0].sourceId;
  const archived = await page.request.post(`/api/sources/${sourceId}/archives`, { headers: { origin } });
  expect(archived.status(), await archived.text()).toBe(201);
  const archiveId: string = (await archived.json()).archive.id;

  await page.goto(`/archives/${archiveId}?view=original`);
  const frame = page.frameLocator('[data-testid="archive-frame"]');
  await expect(frame.getByRole("heading", { name: "Archived with a script" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const inner = page.frames().find((f) => f.url().includes(`/api/archives/${archiveId}/raw`));
  expect(inner).toBeTruthy();
  expect(await inner!.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.screenshot({ path: "test-results/from-the-web-sandboxed.png", fullPage: true });

  // Opened directly, the copy is still sandboxed by its response header.
  const direct = await page.goto(`/api/archives/${archiveId}/raw`);
  expect(direct?.headers()["content-security-policy"]).toContain("sandbox");
  await expect(page.getByRole("heading", { name: "Archived with a script" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("a private address is refused with a message the editor can act on", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Article URL").fill(`${fixtures.origin}/to-metadata`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.locator("#fromUrl-error")).toContainText("169.254.169.254");
  await expect(page.locator("#fromUrl-error")).toContainText("private, local or reserved network address");
});
