import { describe, it } from "vitest";
import { renderClaimReview } from "@/lib/export/claimreview";
import { renderCsv } from "@/lib/export/csv";
import { renderHtml } from "@/lib/export/html";
import { renderJson } from "@/lib/export/json";
import { renderMarkdown } from "@/lib/export/markdown";
import { renderPdf } from "@/lib/export/pdf";
import { BUILTIN_FONTS } from "@/lib/export/pdf-font";
import { renderW3c } from "@/lib/export/w3c";
import { SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";
import { expectGolden } from "./golden";
import { pdfText } from "./pdf-text";

const variants = [
  { name: "approved", options: SAMPLE_OPTIONS },
  { name: "drafts", options: WITH_DRAFTS },
] as const;

const textFormats = [
  { ext: "html", render: renderHtml },
  { ext: "md", render: renderMarkdown },
  { ext: "csv", render: renderCsv },
  { ext: "json", render: renderJson },
  { ext: "claimreview.jsonld", render: renderClaimReview },
  { ext: "w3c.jsonld", render: renderW3c },
] as const;

describe("golden files", () => {
  for (const { name, options } of variants) {
    for (const { ext, render } of textFormats) {
      it(`${ext} (${name}) matches sample-${name}.${ext}`, () => {
        expectGolden(`sample-${name}.${ext}`, render(SAMPLE_INPUT, options));
      });
    }

    // The PDF's bytes depend on pdfkit's version and on the fonts a machine has, so the
    // golden is its text layer, drawn with the built-in font that every machine has.
    it(`pdf text (${name}) matches sample-${name}.pdf.txt`, async () => {
      const pdf = await renderPdf(SAMPLE_INPUT, options, { fonts: BUILTIN_FONTS });
      const { text } = await pdfText(pdf);
      expectGolden(`sample-${name}.pdf.txt`, text);
    });
  }
});
