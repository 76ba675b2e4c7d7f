import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";

test("an editor creates an article and finds it in the list", async ({ page }) => {
  await signIn(page, "editor");
  // A client-side navigation, typing at once. Names match exactly: the list being left has a
  // "Search titles" box, which a loose getByLabel("Title") fills while the new page is still
  // loading (that, not the form, was the "first field lost" seen here before).
  await page.getByRole("link", { name: "New article" }).click();
  const title = `Council budget rises ${Date.now()}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Publisher", exact: true }).fill("The Local Ledger");
  await page.getByRole("textbox", { name: "Original URL", exact: true }).fill("https://example.org/budget");
  await page.getByRole("textbox", { name: "Article text", exact: true }).fill("The council approved a budget of £12 million on Tuesday.\nThe mayor said it was the largest in a decade.");
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
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

test("what is typed before the page's scripts have loaded is kept (uncontrolled and controlled fields)", async ({ page }) => {
  await signIn(page, "editor");
  // Hold the page's scripts back, so the server-rendered form is typed into before hydration.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/articles/new", { waitUntil: "commit" });
  const title = `Typed early ${Date.now()}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Article text", exact: true }).fill("Typed before hydration.\nA second paragraph.");
  release();
  // Hydrated: React has attached its props to the textarea.
  await page.waitForFunction(() => {
    const body = document.getElementById("body");
    return !!body && Object.keys(body).some((k) => k.startsWith("__reactProps"));
  });
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByRole("textbox", { name: "Article text", exact: true })).toHaveValue("Typed before hydration.\nA second paragraph.");
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("A second paragraph.")).toBeVisible();
});
