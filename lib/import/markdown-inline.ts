// The app's one Markdown escaper (it also writes no-break spaces as &nbsp;: marked ignores
// a hard break followed by a line holding only one).
import { escapeMarkdown } from "@/lib/markdown/escape-markdown";
import { sameMarks } from "./marks";
import { safeHref } from "./url";
import type { PMMark, PMNode } from "./types";

/** Inline content → CommonMark/GFM that `marked` parses back to the same marks. */


function linkDestination(href: string): string {
  // Angle-bracket form allows any character except these, which we percent-encode.
  return `<${href.replace(/[ <>\\]/g, (ch) => encodeURIComponent(ch))}>`;
}

// Emphasis-style marks: Markdown delimiters when they are sure to parse, else inline HTML
// (which the importer's sanitiser allows), e.g. for "**]**word", where CommonMark's
// flanking rules would leave the asterisks as literal text.
const EMPHASIS: Record<string, { md: string; open: string; close: string }> = {
  bold: { md: "**", open: "<strong>", close: "</strong>" },
  italic: { md: "*", open: "<em>", close: "</em>" },
  strike: { md: "~~", open: "<s>", close: "</s>" },
};

function wrapper(mark: PMMark, useMarkdown: boolean): [string, string] {
  const emphasis = EMPHASIS[mark.type];
  if (emphasis) return useMarkdown ? [emphasis.md, emphasis.md] : [emphasis.open, emphasis.close];
  if (mark.type === "underline") return ["<u>", "</u>"]; // no Markdown syntax for it
  if (mark.type === "link") {
    const href = safeHref(typeof mark.attrs?.href === "string" ? mark.attrs.href : null);
    return href ? ["[", `](${linkDestination(href)})`] : ["", ""];
  }
  return ["", ""];
}

/** Length of the longest run of backticks (a reduce: spreading 100k runs would overflow). */
export function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
}

function codeSpan(text: string): string {
  const longestRun = longestBacktickRun(text);
  const fence = "`".repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are present, and a backtick
  // touching the fence would merge with it: pad in both cases.
  const pad = text.startsWith("`") || text.endsWith("`") || (/^ .*\S.* $/.test(text)) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

type Token =
  | { kind: "text"; md: string }
  | { kind: "open" | "close"; mark: PMMark; pair: number };

/** Index range [from, to] of the run of consecutive delimiter tokens around i. */
function delimiterRun(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  let to = i;
  while (tokens[from - 1] && tokens[from - 1].kind !== "text") from--;
  while (tokens[to + 1] && tokens[to + 1].kind !== "text") to++;
  return [from, to];
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/**
 * A delimiter run is safe when the character inside it is a letter or digit, or the one
 * outside it is whitespace or a line edge. That is stricter than CommonMark's flanking
 * rules on purpose: marked deviates from them around symbols and emoji ("🚀**🚀**").
 */
function runIsSafe(inside: string | undefined, outside: string | undefined): boolean {
  if (inside === undefined || SPACE_CHAR.test(inside)) return false;
  return WORD_CHAR.test(inside) || outside === undefined || SPACE_CHAR.test(outside);
}

/**
 * Emphasis pairs that can be written as Markdown delimiters: pairs opening together must
 * close together (so "***both***" is fine) and both runs must pass runIsSafe, judged on
 * the final source characters around them. Others (say "**]**word", or emphasis starting
 * where a link starts) are written as inline HTML.
 */
function markdownSafePairs(tokens: readonly Token[]): Set<number> {
  const safe = new Set<number>();
  const closeIndex = new Map<number, number>();
  tokens.forEach((t, i) => t.kind === "close" && closeIndex.set(t.pair, i));
  const lastCharOf = (i: number) => {
    const t = tokens[i];
    return t?.kind === "text" ? Array.from(t.md.slice(-2)).pop() : undefined; // whole emoji
  };
  const firstCharOf = (i: number) => {
    const t = tokens[i];
    const code = t?.kind === "text" ? t.md.codePointAt(0) : undefined; // whole emoji, not half
    return code === undefined ? undefined : String.fromCodePoint(code);
  };
  const pairsIn = (from: number, to: number, kind: "open" | "close") => {
    const pairs: number[] = [];
    for (let i = from; i <= to; i++) {
      const t = tokens[i];
      if (t.kind !== kind || !EMPHASIS[t.mark.type]) return null;
      pairs.push(t.pair);
    }
    return pairs.sort((a, b) => a - b).join(",");
  };
  tokens.forEach((token, o) => {
    if (token.kind !== "open" || safe.has(token.pair)) return;
    const [openFrom, openTo] = delimiterRun(tokens, o);
    const [closeFrom, closeTo] = delimiterRun(tokens, closeIndex.get(token.pair) ?? o);
    const opened = pairsIn(openFrom, openTo, "open");
    const ok =
      opened !== null && opened === pairsIn(closeFrom, closeTo, "close") &&
      runIsSafe(firstCharOf(openTo + 1), lastCharOf(openFrom - 1)) &&
      runIsSafe(lastCharOf(closeFrom - 1), firstCharOf(closeTo + 1));
    if (ok) opened.split(",").forEach((pair) => safe.add(Number(pair)));
  });
  return safe;
}

/**
 * Marks shared with the previous node stay open. Whitespace at a mark boundary is moved
 * outside the delimiters, because "**bold **" is not emphasis in CommonMark.
 */
export function inlineToMarkdown(nodes: readonly PMNode[], breakAs = "\\\n"): string {
  const tokens: Token[] = [];
  const open: { mark: PMMark; pair: number }[] = [];
  let pairs = 0;
  let pendingSpace = "";
  const text = (md: string) => tokens.push({ kind: "text", md });
  const closeTo = (depth: number) => {
    for (const top of open.splice(depth).reverse()) tokens.push({ kind: "close", ...top });
  };

  for (const node of nodes) {
    if (node.type === "hardBreak") {
      // Close marks first: marked keeps the backslash literal when a break is inside link text.
      closeTo(0);
      pendingSpace = "";
      text(breakAs);
      continue;
    }
    const value = node.text ?? "";
    const marks = node.marks ?? [];
    const isCode = marks.some((m) => m.type === "code");
    const styled = isCode ? [] : marks;
    // Keep the open marks that still apply (closing is LIFO, so stop at the first that
    // does not), then open the rest. Comparing as sets rather than by rank avoids
    // closing italic just to reopen it inside a new bold.
    const applies = (m: PMMark) => styled.some((s) => sameMarks([s], [m]));
    let keep = 0;
    while (keep < open.length && applies(open[keep].mark)) keep++;
    if (open.length > keep) closeTo(keep);
    const [, lead, core, trail] = isCode ? ["", "", value, ""] : (/^([ \t\n]*)(.*?)([ \t\n]*)$/s.exec(value) ?? ["", "", value, ""]);
    if (!core) {
      pendingSpace += value;
      continue;
    }
    if (pendingSpace + lead) text(pendingSpace + lead);
    pendingSpace = trail;
    for (const mark of styled.filter((m) => !open.some((o) => sameMarks([o.mark], [m])))) {
      open.push({ mark, pair: pairs });
      tokens.push({ kind: "open", mark, pair: pairs++ });
    }
    text(isCode ? codeSpan(core) : escapeMarkdown(core));
  }
  closeTo(0);

  const safe = markdownSafePairs(tokens);
  return tokens
    .map((t) => (t.kind === "text" ? t.md : wrapper(t.mark, safe.has(t.pair))[t.kind === "open" ? 0 : 1]))
    .join("");
}
