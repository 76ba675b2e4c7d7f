import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { openSampleArticle, signIn } from "../fixtures";

/**
 * Issue 10 §4–5 as a reader of the reports sees them: downloaded from the workbench's
 * Export menu, the HTML report and the PDF mark each claim where it starts and ends,
 * render the rationale's Markdown, and name no staff unless an internal report is asked
 * for. The rationale in the claim panel is server-rendered HTML.
 */
const STAFF = ["Rui Reviewer", "Ana Editor"];

async function download(page: Page, label: RegExp): Promise<string> {
  const button = page.getByRole("button", { name: "Export" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
  return (await file.path())!;
}

async function pdfText(path: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path)) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

test("the HTML and PDF reports mark claims, render rationales and leave staff out", async ({ page }) => {
  test.setTimeout(180_000); // a PDF on a loaded 2-core machine takes seconds
  await signIn(page, "viewer");
  await openSampleArticle(page);

  // The approved claim's rationale in the panel is HTML from the server, not Markdown text.
  await page.locator("[data-claim-item]").filter({ hasText: "Among those hit with sanctions" }).getByRole("button").first().click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.locator(".wb-rationale strong").filter({ hasText: "domestic" })).toBeVisible();
  await expect(panel.locator(".wb-rationale")).not.toContainText("**");

  const html = readFileSync(await download(page, /HTML report/), "utf8");
  expect(html).toMatch(/<mark class="d1" title="Claim 1">Among those hit with sanctions/);
  expect(html).toContain("<strong>domestic</strong>");
  expect(html).toContain("Reviewed and approved on");
  for (const name of STAFF) expect(html).not.toContain(name);

  const pdf = await pdfText(await download(page, /PDF report/));
  expect(pdf).toContain("[1 Among those hit with sanctions was the director of Russia's foreign intelligence service, the FSB. 1]");
  expect(pdf).toContain("Russia's domestic security service");
  expect(pdf).not.toContain("**");
  expect(pdf).toContain("Reviewed and approved on");
  for (const name of STAFF) expect(pdf).not.toContain(name);

  // An internal report, asked for in the same menu, names them.
  await page.getByRole("button", { name: "Export" }).click(); // a download closes the menu
  await page.getByRole("checkbox", { name: /Internal report/ }).check();
  const internal = readFileSync(await download(page, /HTML report/), "utf8");
  expect(internal).toContain("Approved by Rui Reviewer");
  expect(internal).toContain("created by Ana Editor");
});
