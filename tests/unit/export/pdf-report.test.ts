import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/export/pdf";
import { resolvePdfFonts } from "@/lib/export/pdf-font";
import { multilingualInput } from "@/tests/fixtures/export/multilingual";
import { SAMPLE_INPUT, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";
import { pdfText } from "./pdf-text";

/**
 * Issue 10 §5: the PDF reads like a report. Rationale Markdown is rendered (not printed
 * as `**…**`), claims are marked where they start and end, non-Latin scripts come out as
 * text (not U+0000), and reader reports name no staff.
 */
const flat = (s: string) => s.replace(/\s+/g, " ");
const HAS_CJK_FONT = existsSync("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") && existsSync("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
const HAS_HANGUL_FONT = existsSync("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
const HAS_DEJAVU = existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

describe.skipIf(!HAS_DEJAVU)("PDF report: text, formatting and markers", () => {
  it("renders rationale Markdown as formatting, not as Markdown syntax", async () => {
    const text = flat((await pdfText(await renderPdf(multilingualInput(), WITH_DRAFTS))).text);
    expect(text).toContain("ODNI assessment: see the report and Ελληνικά.");
    expect(text).not.toContain("**");
    expect(text).not.toContain("](https://");
    expect(text).toMatch(/• first point • second point/);
  });

  it("marks where each claim starts and where it ends, with its number", async () => {
    const text = flat((await pdfText(await renderPdf(multilingualInput(), WITH_DRAFTS))).text);
    expect(text).toContain("[1 Tokyo (東京) hosted the summit 1]");
    expect(text).toContain("[2 Москва заявила 2]");
  });

  it.skipIf(!HAS_CJK_FONT)("writes CJK, Cyrillic, Greek, Hebrew and Arabic as real characters", async () => {
    const pdf = await renderPdf(multilingualInput(), WITH_DRAFTS);
    const { text } = await pdfText(pdf);
    expect(text).not.toContain("\u0000");
    expect(text).not.toContain("\ufffd");
    for (const word of ["東京", "日本語の記者", "Москва", "санкции", "Αθήνα", "διαψεύδει"]) expect(text).toContain(word);
    // Right-to-left letters are all there (Arabic as joined presentation forms, which NFKC
    // folds back to letters); their extraction order depends on the PDF reader.
    const folded = text.normalize("NFKC");
    for (const ch of "הממשלהכחישדיווח" + "قالتالحكومةإنالتقريركاذب") expect(folded).toContain(ch);
    expect(resolvePdfFonts().fallbacks?.length).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_HANGUL_FONT)("writes Korean (Hangul) as real characters", async () => {
    const { text } = await pdfText(await renderPdf(multilingualInput(), WITH_DRAFTS));
    for (const word of ["서울", "기자회견을"]) expect(text).toContain(word);
  });

  it("names no staff in a reader report, and does in an internal one", async () => {
    const reader = flat((await pdfText(await renderPdf(SAMPLE_INPUT, WITH_DRAFTS))).text);
    for (const name of ["Rhea Reviewer", "Ben Okafor", "Łukasiewicz"]) expect(reader).not.toContain(name);
    expect(reader).toContain("Reviewed and approved on 23 March 2021");
    const internal = flat((await pdfText(await renderPdf(SAMPLE_INPUT, { ...WITH_DRAFTS, audience: "internal" }))).text);
    expect(internal).toContain("Approved by Rhea Reviewer");
    expect(internal).toContain("created by Ana Łukasiewicz");
  });
});
