import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";
import { openArticle } from "../live/helpers";
import { claimList, createArticleWithClaims, variedSentences, waitForRows } from "./many-claims";

test.setTimeout(180_000);

/**
 * The list's rows out of view are placeholders (content-visibility: auto) of the size
 * contain-intrinsic-size gives. Each row's drawn height must equal its placeholder, or the
 * list's scroll height (and its scrollbar) jumps as rows come into view.
 */
async function rowsAgainstPlaceholders(page: Page) {
  return page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>("ol.wb-claim-list")!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    list.scrollTop = 0;
    await frame();
    const before = list.scrollHeight;
    const rows: Array<{ id: string; drawn: number; placeholder: number }> = [];
    for (const li of list.querySelectorAll<HTMLElement>(":scope > li")) {
      list.scrollTop = li.offsetTop - list.offsetTop;
      await frame();
      const style = getComputedStyle(li);
      // "auto 100.5px": the last length is the height.
      const placeholder = parseFloat(style.containIntrinsicHeight.split(" ").pop()!);
      rows.push({ id: li.dataset.claimItem!, drawn: li.getBoundingClientRect().height - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth), placeholder });
    }
    list.scrollTop = list.scrollHeight;
    await frame();
    return { before, after: list.scrollHeight, rows };
  });
}

const SENTENCES = variedSentences(30);
/** Sentences the second version changes (4, 11) or drops (20), and claims sent back (7, 15). */
const REVISED = [4, 7, 11, 15, 20];

/** Finishes a claim (verdict, rationale, source), submits it as the editor and has a reviewer send it back with `note`. */
async function sendBack(page: Page, reviewer: Page, claimId: string, note: string) {
  const call = async (p: Page, method: "POST" | "PATCH", path: string, data: unknown) => {
    const res = await p.request.fetch(path, { method, data, headers: { origin: new URL(p.url()).origin } });
    expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
    return (await res.json()) as { claim: { version: number } };
  };
  const current = await (await page.request.get(`/api/claims/${claimId}`)).json();
  let { claim } = await call(page, "PATCH", `/api/claims/${claimId}`, { version: current.claim.version, verdict: "misleading", rationale: "The report gives another figure." });
  ({ claim } = await call(page, "POST", `/api/claims/${claimId}/sources`, { url: `https://council.example/report-${claimId}`, title: "Council report", stance: "refutes" }));
  ({ claim } = await call(page, "POST", `/api/claims/${claimId}/review`, { action: "submit", version: claim.version }));
  await call(reviewer, "POST", `/api/claims/${claimId}/review`, { action: "send_back", version: claim.version, note });
}

const NOTE = "Compare with the 2019 figure in the council's own spending report, table 4, and name the office that published it; the one cited is a press summary.";

async function articleWithStatuses(page: Page, reviewer: Page) {
  const { articleId, claimIds } = await createArticleWithClaims(page, `List rows ${Date.now()}`, SENTENCES);
  // Two claims sent back with a note (two lines in the row), one with a short note.
  await sendBack(page, reviewer, claimIds[7], NOTE);
  await sendBack(page, reviewer, claimIds[15], "Add a source.");
  // A new version of the text: two claims' words change ("Text changed"), one sentence goes (an orphan).
  const body = SENTENCES.map((s, i) => (i === 4 || i === 11 ? s.replace("percent", "per cent") : s)).filter((_, i) => i !== 20).join("\n\n");
  const res = await page.request.post(`/api/articles/${articleId}/revisions`, { data: { version: 1, body, note: "Corrections" }, headers: { origin: new URL(page.url()).origin } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return { articleId, claimIds };
}

function expectRowsMatchPlaceholders(result: Awaited<ReturnType<typeof rowsAgainstPlaceholders>>) {
  expect(result.rows).toHaveLength(SENTENCES.length);
  for (const row of result.rows) expect(Math.abs(row.drawn - row.placeholder), `row ${row.id}: drawn ${row.drawn}px, placeholder ${row.placeholder}px`).toBeLessThan(0.6);
  // Rows with status lines are taller, and their placeholders say so.
  expect(new Set(result.rows.map((r) => Math.round(r.placeholder))).size).toBeGreaterThan(1);
  expect(Math.abs(result.after - result.before), `scroll height ${result.before} -> ${result.after}`).toBeLessThan(1);
}

test("claim list rows are as tall as their placeholders, so the scrollbar does not jump; the whole quote stays in the panel (1280 px)", async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "editor");
  const reviewer = await newSignedInPage(browser, "reviewer");
  const { articleId, claimIds } = await articleWithStatuses(page, reviewer);
  await openArticle(page, articleId);
  await waitForRows(page, SENTENCES.length);
  const list = claimList(page);
  await expect(list.locator(`[data-claim-item="${claimIds[4]}"]`)).toContainText("Text changed");
  await expect(list.locator(`[data-claim-item="${claimIds[20]}"]`)).toContainText("Not found in the current text");
  // The note is cut to two lines in the row; the claim panel has all of it.
  const noted = list.locator(`[data-claim-item="${claimIds[7]}"]`);
  await expect(noted.getByTestId("review-note")).toContainText("Sent back by Rui Reviewer:");
  await page.screenshot({ path: "test-results/claim-list-rows-1280.png" });

  expectRowsMatchPlaceholders(await rowsAgainstPlaceholders(page));
  await noted.scrollIntoViewIfNeeded();
  await noted.screenshot({ path: "test-results/claim-list-row-sent-back.png" });
  await noted.getByRole("button").click();
  await expect(page.getByTestId("claim-panel").getByTestId("review-note")).toContainText(NOTE);

  // A long quote is cut to two lines in the row, but its button's name and the claim panel hold all of it.
  const index = SENTENCES.reduce((best, s, i) => (!REVISED.includes(i) && s.length > SENTENCES[best].length ? i : best), 0);
  const longest = SENTENCES[index];
  const row = list.locator(`[data-claim-item="${claimIds[index]}"] button`);
  await row.scrollIntoViewIfNeeded();
  expect(await row.locator(".wb-row-quote").evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
  await expect(row).toHaveAccessibleName(new RegExp(longest.slice(-40).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await row.click();
  await expect(page.getByTestId("claim-panel").getByTestId("claim-quote")).toContainText(longest);
});

test("claim list rows are as tall as their placeholders on a 390 px phone too", async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "editor");
  const reviewer = await newSignedInPage(browser, "reviewer");
  const { articleId } = await articleWithStatuses(page, reviewer);
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("button", { name: /^Claims \(\d+\)$/ }).click();
  await waitForRows(page, SENTENCES.length);
  await page.screenshot({ path: "test-results/claim-list-rows-390.png" });
  expectRowsMatchPlaceholders(await rowsAgainstPlaceholders(page));
});
