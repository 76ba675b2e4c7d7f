import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/export/pdf";
import { BUILTIN_FONTS, resolvePdfFonts, toWinAnsi } from "@/lib/export/pdf-font";
import { filterClaims } from "@/lib/export/report";
import { SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";
import { pdfText } from "./pdf-text";

/** pdf-parse rewraps lines; compare with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, " ");
const HAS_DEJAVU = existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

describe("PDF export", () => {
  it("is a PDF whose text has every included quote, verdict and marker", async () => {
    const pdf = await renderPdf(SAMPLE_INPUT, WITH_DRAFTS, { fonts: BUILTIN_FONTS });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = flat((await pdfText(pdf)).text);
    for (const claim of filterClaims(SAMPLE_INPUT, WITH_DRAFTS)) {
      expect(text).toContain(`Claim ${claim.number}:`);
      expect(text).toContain(flat(toWinAnsi(claim.exact)));
    }
    for (const verdict of ["Verified (V)", "Disputed (D)", "Misleading (M)", "False (F)", "Unverifiable (U)"]) {
      expect(text).toContain(verdict);
    }
    expect(text).toContain("Putin is a [2 ‘missed opportunity’ 1] as relations continue");
    expect(text).toContain("Afghanistan 4] 5] - both");
    expect(text).toContain("Claim 3: Unverifiable (U) · DRAFT");
    expect(text).toContain("[3 draft Russia denies the meddling charge. 3 draft]");
  });

  it("leaves drafts out by default", async () => {
    const text = flat((await pdfText(await renderPdf(SAMPLE_INPUT, SAMPLE_OPTIONS, { fonts: BUILTIN_FONTS }))).text);
    expect(text).not.toContain("DRAFT");
    expect(text).toContain("Claim 4: False (F)");
    expect(text).not.toContain("Claim 5:");
  });

  it("falls back to Helvetica, mapping what WinAnsi cannot show instead of crashing", async () => {
    expect(toWinAnsi("Łukasz Gębski ✅ 🙂 “ok” – Zoë")).toBe("Lukasz Gebski ? ? “ok” – Zoë");
    const text = (await pdfText(await renderPdf(SAMPLE_INPUT, { ...WITH_DRAFTS, audience: "internal" }, { fonts: BUILTIN_FONTS }))).text;
    expect(text).toContain("Ana Lukasiewicz");
    expect(text).toContain("Zoë Ångström");
  });

  it("is a pure function of its input: same input, same bytes", async () => {
    const a = await renderPdf(SAMPLE_INPUT, WITH_DRAFTS, { fonts: BUILTIN_FONTS });
    const b = await renderPdf(SAMPLE_INPUT, WITH_DRAFTS, { fonts: BUILTIN_FONTS });
    expect(a.equals(b)).toBe(true);
  });

  it.skipIf(!HAS_DEJAVU)("embeds DejaVu Sans when the server has it, keeping non-ASCII names", async () => {
    const fonts = resolvePdfFonts();
    expect(fonts.kind).toBe("embedded");
    const text = (await pdfText(await renderPdf(SAMPLE_INPUT, { ...WITH_DRAFTS, audience: "internal" }, { fonts }))).text;
    expect(text).toContain("Ana Łukasiewicz");
  });
});
