import { expect, test } from "@playwright/test";
import { newSignedInPage, openSampleArticle, signIn } from "../fixtures";
import { createClaimViaApi, waitForWorkbench } from "../workbench/helpers";

test.setTimeout(180_000); // several page loads; the shared test machine is slow

/** The bell's accessible name, as the top bar words it. */
const bellName = (unread: number) => `Notifications, ${unread === 0 ? "none" : unread} unread`;

test("a mention lights the bell live, opens the claim on Comments, shows as a chip, and can be marked read", async ({ page, browser }) => {
  await signIn(page, "editor2"); // Ben, who will be mentioned
  await page.goto("/notifications");
  const bell = page.getByTestId("notification-bell");
  const before = Number((await page.getByTestId("inbox-unread").textContent())?.match(/\d+/)?.[0] ?? 0);
  const itemsBefore = await page.getByTestId("notification").count();

  const ana = await newSignedInPage(browser, "editor");
  await openSampleArticle(ana);
  await waitForWorkbench(ana);
  const claim = await createClaimViaApi(ana, "Biden's refusal");
  const origin = new URL(ana.url()).origin;
  const res = await ana.request.post(`/api/claims/${claim.id}/comments`, { data: { body: "@Ben Editor can you find the Kremlin transcript?" }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(201);

  // Live: no reload on Ben's side.
  await expect(bell).toHaveAccessibleName(bellName(before + 1));
  await page.reload();
  const item = page.getByTestId("notification").first();
  await expect(item).toContainText("Ana Editor mentioned you in a comment");
  await expect(item).toHaveAttribute("data-read", "false");
  await item.getByRole("button", { name: "Ana Editor mentioned you in a comment", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`claim=${claim.id}&tab=comments`));
  await expect(page.getByRole("tab", { name: /Comments/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(".mention-chip", { hasText: "@Ben Editor" })).toBeVisible();
  await expect(bell).toHaveAccessibleName(bellName(before));

  // Opening it marked it read; a setting stops further mentions.
  await page.goto("/notifications");
  await expect(page.getByTestId("notification").first()).toHaveAttribute("data-read", "true");
  await page.getByLabel("Someone @mentions me in a comment").uncheck();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Saved. Changes apply to new notifications.")).toBeVisible();
  const res2 = await ana.request.post(`/api/claims/${claim.id}/comments`, { data: { body: "@Ben Editor one more" }, headers: { origin } });
  expect(res2.status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId("notification")).toHaveCount(itemsBefore + 1);
  await ana.context().close();
});
