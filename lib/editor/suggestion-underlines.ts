import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { textRangeToPosRange } from "@/lib/anchoring";
import { projectionOf } from "./projection-cache";

/** A suggested sentence, as plain-text offsets (GET /api/articles/{id}/suggestions). */
export interface SuggestionRange {
  key: string;
  start: number;
  end: number;
  score?: number;
}

export interface SuggestionUnderlinesOptions {
  suggestions: readonly SuggestionRange[];
  /** Class on each underlined range; style it in CSS (see `inlineStyle`). */
  className: string;
  /**
   * A faint dotted underline, inline so it shows without any stylesheet. Claim highlights
   * use background colour, so the two stay distinguishable where they overlap. Set null to
   * style `.suggestion-ul` in CSS instead.
   */
  inlineStyle: string | null;
}

interface SuggestionUnderlinesState {
  decorations: DecorationSet;
}

type SuggestionUnderlinesMeta = { type: "set"; suggestions: readonly SuggestionRange[] };

export const suggestionUnderlinesKey = new PluginKey<SuggestionUnderlinesState>("suggestionUnderlines");

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionUnderlines: {
      /** Replaces the underlined suggestions (offsets into the document's plain text). */
      setSuggestions: (suggestions: readonly SuggestionRange[]) => ReturnType;
      clearSuggestions: () => ReturnType;
    };
  }
}

/** Decorations for suggestions on `doc`; ranges that no longer fit the text are skipped. */
export function buildSuggestionDecorations(doc: PMNode, suggestions: readonly SuggestionRange[], options: Pick<SuggestionUnderlinesOptions, "className" | "inlineStyle">): DecorationSet {
  if (suggestions.length === 0) return DecorationSet.empty;
  // The cached projection the claim highlights use, not a new one per suggestion list.
  const projection = projectionOf(doc);
  const decorations: Decoration[] = [];
  for (const s of suggestions) {
    if (!(s.end > s.start) || s.end > projection.text.length) continue;
    const { from, to } = textRangeToPosRange(projection, s.start, s.end);
    if (to <= from) continue;
    const title = s.score === undefined ? "Suggested claim" : `Suggested claim (check-worthiness ${Math.round(s.score * 100)}%)`;
    decorations.push(
      Decoration.inline(from, to, {
        class: options.className,
        "data-suggestion-key": s.key,
        title,
        ...(options.inlineStyle ? { style: options.inlineStyle } : {}),
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

export function suggestionUnderlinesPlugin(options: SuggestionUnderlinesOptions): Plugin<SuggestionUnderlinesState> {
  return new Plugin<SuggestionUnderlinesState>({
    key: suggestionUnderlinesKey,
    state: {
      init: (_config, state) => ({ decorations: buildSuggestionDecorations(state.doc, options.suggestions, options) }),
      apply(tr, value) {
        const meta = tr.getMeta(suggestionUnderlinesKey) as SuggestionUnderlinesMeta | undefined;
        if (meta?.type === "set") return { decorations: buildSuggestionDecorations(tr.doc, meta.suggestions, options) };
        // Edits move the underlines with the text until fresh suggestions are set.
        return tr.docChanged ? { decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations: (state) => suggestionUnderlinesKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/**
 * Faint dotted underlines under sentences the check-worthiness model suggests checking
 * (class `suggestion-ul`), drawn as decorations like claim highlights: the document is
 * never changed. Register it with the workbench editor and call `setSuggestions` with the
 * list from SuggestionsPanel's `onSuggestionsChange`.
 */
export const SuggestionUnderlines = Extension.create<SuggestionUnderlinesOptions>({
  name: "suggestionUnderlines",

  addOptions() {
    return {
      suggestions: [],
      className: "suggestion-ul",
      inlineStyle: "text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: rgba(37, 99, 235, 0.55); text-decoration-thickness: 1.5px; text-underline-offset: 4px;",
    };
  },

  addCommands() {
    const set =
      (suggestions: readonly SuggestionRange[]) =>
      ({ tr, dispatch }: { tr: Transaction; dispatch?: unknown }) => {
        if (dispatch) tr.setMeta(suggestionUnderlinesKey, { type: "set", suggestions } satisfies SuggestionUnderlinesMeta);
        return true;
      };
    return {
      setSuggestions: (suggestions) => set(suggestions),
      clearSuggestions: () => set([]),
    };
  },

  addProseMirrorPlugins() {
    return [suggestionUnderlinesPlugin(this.options)];
  },
});
