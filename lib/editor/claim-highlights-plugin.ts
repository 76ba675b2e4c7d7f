import { Plugin, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { buildClaimDecorations, changedClaimIds, claimIdsAtElement, patchClaimDecorations, pickClaimAt, restyleClaims, type HighlightClaim } from "./claim-decorations";
import { claimHighlightsKey, type ClaimHighlightsMeta, type ClaimHighlightsState } from "./claim-highlights-key";

export interface ClaimHighlightsPluginOptions {
  claims: readonly HighlightClaim[];
  activeClaimId: string | null;
  /** Called when a click in the text selects a claim. Read at click time, so it may be replaced. */
  onClaimClick: ((id: string) => void) | null;
  /** How long a flashed claim stays flashed, in milliseconds. */
  flashDuration: number;
}

function meta(tr: Transaction): ClaimHighlightsMeta | undefined {
  return tr.getMeta(claimHighlightsKey) as ClaimHighlightsMeta | undefined;
}

/** Beyond this many changed claims a rebuild is as cheap as patching the set. */
const PATCH_LIMIT = 200;

export function applyMeta(value: ClaimHighlightsState, tr: Transaction, m: ClaimHighlightsMeta): ClaimHighlightsState {
  if (m.type === "setClaims") {
    const claims = new Map(m.claims.map((c) => [c.id, c]));
    // A claim whose rationale or sources changed draws the same: nothing to redraw.
    const changed = changedClaimIds(value.claims, claims);
    if (changed.size === 0) return value;
    const activeId = value.activeId && claims.has(value.activeId) ? value.activeId : null;
    const flashId = value.flashId && claims.has(value.flashId) ? value.flashId : null;
    const flags = { activeId, flashId };
    // A few claims added, removed or changed (marking one, a colleague's verdict) patch the
    // set in place; many, or a document edited since the last drawing, rebuild it.
    const patch = value.drawnOn === tr.doc && changed.size <= Math.min(PATCH_LIMIT, claims.size / 2);
    const decorations = patch ? patchClaimDecorations(value.decorations, tr.doc, claims, changed, flags) : buildClaimDecorations(tr.doc, claims.values(), flags);
    return { ...value, claims, activeId, flashId, decorations, drawnOn: tr.doc };
  }
  const next =
    m.type === "setActive"
      ? { ...value, activeId: m.id && value.claims.has(m.id) ? m.id : null }
      : { ...value, flashId: m.id && value.claims.has(m.id) ? m.id : null, flashSeq: value.flashSeq + (m.id ? 1 : 0) };
  const changed = new Set([value.activeId, next.activeId, value.flashId, next.flashId].filter((id): id is string => !!id));
  const decorations = restyleClaims(value.decorations, tr.doc, value.claims, changed, { activeId: next.activeId, flashId: next.flashId });
  return { ...next, decorations };
}

function scrollClaimIntoView(view: EditorView, id: string): void {
  const el = view.dom.querySelector(`[data-claim-id="${CSS.escape(id)}"]`);
  if (!el) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
}

/**
 * The ProseMirror plugin behind the ClaimHighlights extension. Its state is the claims and
 * a DecorationSet: rebuilt when the claims change, restyled in place when the active or
 * flashed claim changes, and mapped through document changes otherwise.
 */
export function claimHighlightsPlugin(options: ClaimHighlightsPluginOptions): Plugin<ClaimHighlightsState> {
  // Where the last claim click landed, so a second click on the same spot cycles.
  let lastClickPos: number | null = null;

  return new Plugin<ClaimHighlightsState>({
    key: claimHighlightsKey,
    state: {
      init: (_, state: EditorState) => {
        const claims = new Map(options.claims.map((c) => [c.id, c]));
        const activeId = options.activeClaimId;
        return { claims, activeId, flashId: null, flashSeq: 0, decorations: buildClaimDecorations(state.doc, claims.values(), { activeId, flashId: null }), drawnOn: state.doc };
      },
      apply: (tr, value) => {
        const m = meta(tr);
        const mapped = tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
        return m ? applyMeta(mapped, tr, m) : mapped;
      },
    },
    props: {
      decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
      handleClick: (view, pos, event) => {
        if (event.shiftKey || event.button !== 0) return false;
        const plugin = claimHighlightsKey.getState(view.state);
        if (!plugin) return false;
        const candidates = claimIdsAtElement(event.target, view.dom)
          .map((id) => plugin.claims.get(id))
          .filter((c): c is HighlightClaim => !!c);
        const picked = pickClaimAt(candidates, plugin.activeId, lastClickPos === pos);
        lastClickPos = picked ? pos : null;
        if (!picked) return false;
        view.dispatch(view.state.tr.setMeta(claimHighlightsKey, { type: "setActive", id: picked.id } satisfies ClaimHighlightsMeta));
        options.onClaimClick?.(picked.id);
        // Not handled: ProseMirror still places the caret, which closes any selection menu.
        return false;
      },
    },
    view: () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update: (view, prevState) => {
          const now = claimHighlightsKey.getState(view.state);
          const before = claimHighlightsKey.getState(prevState);
          if (!now?.flashId || now.flashSeq === before?.flashSeq) return;
          scrollClaimIntoView(view, now.flashId);
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(claimHighlightsKey, { type: "flash", id: null } satisfies ClaimHighlightsMeta));
          }, options.flashDuration);
        },
        destroy: () => clearTimeout(timer),
      };
    },
  });
}
