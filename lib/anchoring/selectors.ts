/**
 * W3C Web Annotation selectors for claims.
 *
 * A claim is stored as both a quote (exact + context) and a position, flattened
 * into one `Anchor` row. The quote survives edits that move the text; the position
 * makes the common case (nothing moved) instant and disambiguates repeated quotes.
 */

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** The flat shape the database stores: one quote selector plus one position selector. */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Default context length, as Hypothesis uses. */
export const DEFAULT_CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Context before `start`. If the cut falls inside a surrogate pair (an emoji), we
 * drop the orphaned half rather than store a lone surrogate, which would not
 * round-trip through JSON/UTF-8 and would never match the document again.
 */
export function prefixBefore(text: string, start: number, length: number): string {
  let from = Math.max(0, start - length);
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) {
    from += 1;
  }
  return text.slice(from, start);
}

/** Context after `end`, likewise never ending on half of a surrogate pair. */
export function suffixAfter(text: string, end: number, length: number): string {
  let to = Math.min(text.length, end + length);
  if (to < text.length && to > end && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) {
    to -= 1;
  }
  return text.slice(end, to);
}

/**
 * Builds the stored anchor for the text range [start, end).
 * Throws a RangeError (a programming or stale-input error, not a user error) when
 * the range is empty or outside the text.
 */
export function buildAnchor(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Anchor offsets must be integers (got start=${start}, end=${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `Anchor range [${start}, ${end}) is invalid for a text of length ${text.length}: ` +
        "need 0 <= start < end <= length",
    );
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`Context length must be a non-negative integer (got ${contextLength})`);
  }
  return {
    exact: text.slice(start, end),
    prefix: prefixBefore(text, start, contextLength),
    suffix: suffixAfter(text, end, contextLength),
    start,
    end,
  };
}

/** The anchor as the two W3C selectors, e.g. for a Web Annotation export. */
export function toSelectors(anchor: Anchor): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
  ];
}

/**
 * Reads W3C selectors back (e.g. from an imported annotation). The quote is
 * required; a missing position leaves `start`/`end` undefined so the matcher
 * falls back to searching for the quote.
 */
export function fromSelectors(
  selectors: ReadonlyArray<TextQuoteSelector | TextPositionSelector>,
): (Partial<Anchor> & { exact: string }) | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector");
  if (!quote) return null;
  const position = selectors.find((s): s is TextPositionSelector => s.type === "TextPositionSelector");
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    ...(position ? { start: position.start, end: position.end } : {}),
  };
}
