import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/types";
import { renderPdf } from "@/lib/export/pdf";
import { BUILTIN_FONTS } from "@/lib/export/pdf-font";
import { exportArticle } from "@/lib/server/export-article";
import { loadExportInput } from "@/lib/data/exports";
import { pdfText } from "@/tests/unit/export/pdf-text";
import { db, makeUser } from "../helpers";
import { BASE_URL, GENERATED_AT, idMasker, seedPinned } from "./seeded";

/**
 * The seeded sample article exported in every format, through the real use case (database
 * loading, settings, ordering), compared with golden files. UPDATE_GOLDEN=1 rewrites them;
 * review the diff like code.
 */
const GOLDEN_DIR = path.resolve(__dirname, "../../fixtures/export-seeded");

function expectGolden(fileName: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, fileName);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual, "utf8");
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing golden file ${fileName}: run UPDATE_GOLDEN=1 npx vitest run tests/integration/export`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const EXTENSION: Record<Exclude<ExportFormat, "pdf">, string> = { html: "html", markdown: "md", csv: "csv", json: "json", claimreview: "claimreview.jsonld", w3c: "w3c.jsonld" };

let viewer: Actor;
let articleId: string;
let mask: (text: string) => string;

beforeAll(async () => {
  articleId = await seedPinned(db);
  mask = await idMasker(db, articleId);
  viewer = await makeUser("viewer");
});

describe("exports of the seeded sample article", () => {
  for (const includeDrafts of [false, true]) {
    const variant = includeDrafts ? "drafts" : "approved";
    for (const format of EXPORT_FORMATS.filter((f) => f !== "pdf")) {
      it(`${format} (${variant}) matches seeded-${variant}.${EXTENSION[format]}`, async () => {
        const file = await exportArticle(viewer, articleId, { format, includeDrafts, baseUrl: BASE_URL, generatedAt: GENERATED_AT });
        expect(file.fileName).toMatch(new RegExp(`^factdesk-putin-slams-bidens-refusal-to-hold-online-talks-as-missed-2026-01-07\\.`));
        expectGolden(`seeded-${variant}.${EXTENSION[format]}`, mask(String(file.body)));
      });
    }

    // The PDF's bytes depend on pdfkit and the machine's fonts; its text layer, drawn with
    // the built-in font, does not.
    it(`pdf text (${variant}) matches seeded-${variant}.pdf.txt`, async () => {
      const file = await exportArticle(viewer, articleId, { format: "pdf", includeDrafts, baseUrl: BASE_URL, generatedAt: GENERATED_AT });
      expect(file.contentType).toBe("application/pdf");
      expect(Buffer.from(file.body).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const input = (await loadExportInput(db, articleId))!;
      const options = { includeDrafts, organisation: { name: "Factdesk Demo Newsroom", url: BASE_URL }, baseUrl: BASE_URL, generatedAt: GENERATED_AT };
      const { text } = await pdfText(await renderPdf(input, options, { fonts: BUILTIN_FONTS }));
      expectGolden(`seeded-${variant}.pdf.txt`, mask(text));
    });
  }

  it("without drafts carries only the approved claim; with drafts all five", async () => {
    const approved = JSON.parse(String((await exportArticle(viewer, articleId, { format: "json", includeDrafts: false, baseUrl: BASE_URL })).body));
    const all = JSON.parse(String((await exportArticle(viewer, articleId, { format: "json", includeDrafts: true, baseUrl: BASE_URL })).body));
    expect(approved.claims.map((c: { reviewState: string }) => c.reviewState)).toEqual(["approved"]);
    expect(all.claims).toHaveLength(5);
    expect(all.claims.filter((c: { draft: boolean }) => c.draft)).toHaveLength(4);
  });

  it("names the organisation from the settings", async () => {
    const file = await exportArticle(viewer, articleId, { format: "claimreview", includeDrafts: false, baseUrl: BASE_URL });
    expect(JSON.parse(String(file.body))[0].author).toEqual({ "@type": "Organization", name: "Factdesk Demo Newsroom", url: "http://localhost:3000" });
  });

  it("answers 404 for a deleted article", async () => {
    const other = await db.article.create({ data: { title: "Gone", doc: "{}", text: "x", createdById: viewer.id, deletedAt: new Date() } });
    await expect(exportArticle(viewer, other.id, { format: "html", includeDrafts: false, baseUrl: BASE_URL })).rejects.toMatchObject({ code: "not_found" });
  });
});
