import { existsSync, readFileSync } from "node:fs";

/**
 * Which fonts the PDF uses. A TrueType font with wide Unicode coverage (DejaVu Sans) is
 * embedded when one is found on the server, so names like "Łukasz Gębski" and curly
 * quotes print correctly. The file is looked up, not bundled, to keep the repository and
 * the Next.js server bundle free of megabytes of font data; FACTDESK_PDF_FONT (and
 * FACTDESK_PDF_FONT_BOLD) point at another TTF when the server has none of the usual ones;
 * FACTDESK_PDF_FONT=builtin forces Helvetica.
 *
 * Without a TTF the export still works with pdfkit's built-in Helvetica. pdfkit 0.20
 * loads its standard-font metrics through package `imports` (`#standard-fonts/...`)
 * rather than reading .afm files relative to __dirname, so this also works once pdfkit
 * is listed in Next's serverExternalPackages. Helvetica only covers the WinAnsi
 * character set, so text is first mapped into it (see toWinAnsi).
 */
export interface PdfFonts {
  kind: "embedded" | "builtin";
  regular: string | Buffer;
  bold: string | Buffer;
  /**
   * Fonts tried, in order, for characters the main font lacks (CJK ideographs, kana,
   * scripts DejaVu does not cover), chosen per run of text. Embedded fonts only.
   */
  fallbacks?: FallbackFont[];
}

export interface FallbackFont {
  regular: Buffer;
  bold: Buffer;
}

/**
 * Fallback fonts looked for on the server, from Debian packages that `.ci/run` installs
 * (fonts-droid-fallback: Chinese and Japanese, 7 MB), then Noto fonts when
 * fonts-noto-core is installed, then FACTDESK_PDF_FALLBACK_FONTS (colon-separated TTFs)
 * first of all. Missing files are skipped: the report still renders, with a replacement
 * mark for characters no font has.
 */
const FALLBACK_CANDIDATES: Array<[string, string]> = [
  ["/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"],
  // Hangul: Droid Sans Fallback covers Chinese and Japanese but not Korean (fonts-nanum).
  ["/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"],
  ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"],
  ["/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"],
  ["/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf"],
];

function fallbackFonts(): FallbackFont[] {
  const extra = (process.env.FACTDESK_PDF_FALLBACK_FONTS ?? "").split(":").filter(Boolean).map((f): [string, string] => [f, f]);
  return [...extra, ...FALLBACK_CANDIDATES]
    .filter(([regular]) => existsSync(regular))
    .map(([regular, bold]) => ({ regular: read(regular), bold: existsSync(bold) ? read(bold) : read(regular) }));
}

const CANDIDATE_DIRS = [
  "/usr/share/fonts/truetype/dejavu", // Debian, Ubuntu
  "/usr/share/fonts/TTF", // Arch
  "/usr/share/fonts/dejavu-sans-fonts", // Fedora
  "/usr/share/fonts/dejavu", // Alpine (font-dejavu)
];

export const BUILTIN_FONTS: PdfFonts = { kind: "builtin", regular: "Helvetica", bold: "Helvetica-Bold" };

const fileCache = new Map<string, Buffer>();

function read(path: string): Buffer {
  // Fonts are read once per process: an export should not hit the disk for 700 KB each time.
  let data = fileCache.get(path);
  if (!data) {
    data = readFileSync(path);
    fileCache.set(path, data);
  }
  return data;
}

function candidatePairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const custom = process.env.FACTDESK_PDF_FONT;
  if (custom) pairs.push([custom, process.env.FACTDESK_PDF_FONT_BOLD || custom]);
  for (const dir of CANDIDATE_DIRS) pairs.push([`${dir}/DejaVuSans.ttf`, `${dir}/DejaVuSans-Bold.ttf`]);
  return pairs;
}

/** The first TTF pair present on this machine, or the built-in Helvetica. */
export function resolvePdfFonts(): PdfFonts {
  // An explicit opt-out, for servers that prefer smaller, faster PDFs over full Unicode.
  if (process.env.FACTDESK_PDF_FONT === "builtin") return BUILTIN_FONTS;
  for (const [regular, bold] of candidatePairs()) {
    if (!existsSync(regular)) continue;
    return { kind: "embedded", regular: read(regular), bold: existsSync(bold) ? read(bold) : read(regular), fallbacks: fallbackFonts() };
  }
  return BUILTIN_FONTS;
}

/** The 27 characters WinAnsi (CP1252) puts in 0x80–0x9F, beyond Latin-1. */
const CP1252_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.has(ch) || ch === "\n";
}

/** Latin letters with no Unicode decomposition to strip accents from; spelled out by hand. */
const LATIN_FALLBACK: Record<string, string> = {
  Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŧ: "T", ŧ: "t", Ŀ: "L", ŀ: "l", ĸ: "k",
  "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2009": " ", "\u202f": " ", "\u2060": "",
  // Invisible joiners and emoji presentation selectors: dropped rather than shown as "?".
  "\u200d": "", "\ufe0f": "", "\ufe0e": "",
};

/**
 * Maps text into what Helvetica can draw: accents it lacks are dropped ("ő" -> "o"),
 * everything else it cannot show (emoji, CJK, Cyrillic) becomes "?", so the export never
 * fails or prints garbage glyphs.
 */
export function toWinAnsi(text: string): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text; // the common case, without a per-character walk
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (isWinAnsi(ch)) { out += ch; continue; }
    if (ch === "\t") { out += " "; continue; }
    const fallback = LATIN_FALLBACK[ch];
    if (fallback !== undefined) { out += fallback; continue; }
    const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += base && [...base].every(isWinAnsi) ? base : "?";
  }
  return out;
}

/** Control characters break pdfkit's line wrapping whatever the font; keep only "\n". */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, (ch) => (ch === "\t" ? " " : ""));
}
