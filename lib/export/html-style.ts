import { DEFAULT_RATING_SCALE, verdictOptions, type RatingScale } from "@/lib/domain/rating-scale";

/**
 * The report's only stylesheet, inlined so the file is self-contained (it is mailed,
 * archived and opened offline). No url(), no @import, no web fonts.
 *
 * Verdict colour is decoration only: every verdict is also written out with its letter,
 * and in print highlights become underlines, because "Print to PDF" drops backgrounds by
 * default.
 */
/** One colour rule per verdict of the newsroom's scale (keys are [a-z0-9_], safe as class names). */
function verdictRules(scale: RatingScale): string {
  return verdictOptions(scale).map((v) => `.v-${v.key}{--verdict:${v.color}}`).join("\n");
}

/** The report stylesheet for a scale (its verdict colours). */
export function reportCss(scale: RatingScale = DEFAULT_RATING_SCALE): string {
  return `${BASE_CSS}\n${verdictRules(scale)}\n${PRINT_CSS}`;
}

const BASE_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font:16px/1.55 Georgia,"Times New Roman",serif;color:#111;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3,h4{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.25}
h1{font-size:1.8rem;margin:.2rem 0 .6rem}
h2{font-size:1.3rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.1rem;margin:0 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .4rem}
a{color:#0b4f9c}
.kicker{font:600 .8rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#555;margin:0}
.meta{margin:.2rem 0;color:#333;font-size:.95rem}
.url{word-break:break-all}
.note{border:1px solid #999;padding:.5rem .75rem;font-size:.95rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:left}
td.count{text-align:right}
.verdict{display:inline-flex;align-items:center;gap:.35rem;border:2px solid var(--verdict,#666);border-radius:.3rem;padding:0 .45rem 0 0;font:600 .9rem system-ui,sans-serif;white-space:nowrap}
.letter{display:inline-block;min-width:1.5em;text-align:center;border-right:2px solid var(--verdict,#666);font-weight:800}
.draft{display:inline-block;border:2px dashed #444;border-radius:.3rem;padding:0 .4rem;font:700 .8rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em}
.article p{margin:0 0 .9rem}
.article .a-h{margin:1.4rem 0 .5rem;color:#111}
.article h3.a-h{font-size:1.25rem}
.article h4.a-h{font-size:1.1rem}
.article h5.a-h,.article h6.a-h{font-size:1rem}
.article ul,.article ol{margin:0 0 .9rem;padding-left:1.6rem}
.article li{margin:.2rem 0}
.article li>p{margin:0 0 .3rem}
.article .a-quote{margin:0 0 .9rem;padding:.1rem 0 .1rem 1rem;border-left:4px solid #999;color:#333;font-style:italic}
.article .a-quote p:last-child{margin-bottom:0}
.article pre{white-space:pre-wrap;background:#f4f4f4;padding:.6rem .8rem;font-size:.9rem}
.article hr{border:0;border-top:1px solid #ccc;margin:1.2rem 0}
mark{color:inherit;background:#fff1a8;border-bottom:2px solid #d4a900}
mark.d2{background:#ffdd57;border-bottom-width:3px}
mark.d3{background:#ffc300;border-bottom-width:4px}
sup.ref{font:700 .7rem system-ui,sans-serif;line-height:0}
sup.ref a{text-decoration:none}
.claim{border-left:6px solid var(--verdict,#666);padding:.75rem 1rem;margin:1.2rem 0;background:#fafafa}
.claim.is-draft{border-left-style:dashed}
.quote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid #bbb;font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.6rem 0}
dt{font:600 .85rem system-ui,sans-serif;color:#444;padding-top:.15rem}
dd{margin:0}
.rationale{margin:.6rem 0}
.sources{padding-left:1.4rem}
.sources li{margin-bottom:.5rem}
.excerpt{margin:.25rem 0;font-size:.92rem;color:#333;border-left:2px solid #ccc;padding-left:.6rem}
.stance{font:600 .8rem system-ui,sans-serif;border:1px solid #777;border-radius:.2rem;padding:0 .3rem}
.back{font-size:.85rem;margin:.4rem 0 0}
footer{margin-top:3rem;font-size:.85rem;color:#555;border-top:1px solid #ccc;padding-top:.5rem}
`.trim();

const PRINT_CSS = `
@media print{
  @page{margin:18mm 16mm}
  body{max-width:none;margin:0;font-size:11pt}
  a{color:#000}
  a.ext::after,.rationale a[href]::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
  mark,mark.d2,mark.d3{background:none;border-bottom:none;text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px}
  mark.d2{text-decoration-style:double}
  mark.d3{text-decoration-style:double;text-decoration-thickness:2px}
  .claim{background:none;break-inside:avoid;page-break-inside:avoid}
  h2,h3,h4{break-after:avoid;page-break-after:avoid}
  .back{display:none}
}
`.trim();
