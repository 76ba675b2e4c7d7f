import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";

export type DemoRole = "admin" | "reviewer" | "editor" | "editor2" | "viewer";

export function account(role: DemoRole) {
  const email = `${role}@factdesk.test`;
  const found = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return found;
}

/** Signs in through the real sign-in form, as a person would. */
export async function signIn(page: Page, role: DemoRole) {
  const a = account(role);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(a.email);
  await page.getByLabel("Password").fill(a.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(a.name);
}

/** A second, independent signed-in browser (its own cookies), for multi-user tests. */
export async function newSignedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

export const SAMPLE_TITLE = "Putin slams Biden's refusal to hold online talks";

/** Opens the seeded sample article's page. */
export async function openSampleArticle(page: Page) {
  // Searched for: the list is paged, and tests add articles that push it off page one.
  await page.goto(`/articles?q=${encodeURIComponent("Putin slams")}`);
  await page.getByRole("link", { name: new RegExp(SAMPLE_TITLE) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Putin slams");
}
