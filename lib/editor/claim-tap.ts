import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { claimIdsAtElement, pickClaimAt, type HighlightClaim } from "./claim-decorations";
import { claimHighlightsKey, type ClaimHighlightsMeta } from "./claim-highlights-key";

export interface ClaimTapOptions {
  /** Called when a tap on a highlight selects a claim. Read at tap time, so it may be replaced. */
  onClaimTap: ((id: string) => void) | null;
}

/**
 * Opens a claim when its highlight is tapped on a touch screen. ProseMirror ignores the
 * mouse events a browser synthesises after a touch (so ClaimHighlights' click handling never
 * sees a tap); the click event that follows a tap still arrives, and this plugin answers it
 * with the same choice of claim as a mouse click (the innermost, or the next one when the
 * same spot is tapped again). Mouse and pen clicks are left to ClaimHighlights.
 */
export const ClaimTap = Extension.create<ClaimTapOptions>({
  name: "claimTap",

  addOptions() {
    return { onClaimTap: null };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    let touched = false;
    let lastPos: number | null = null;
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            pointerdown: (_view, event) => {
              touched = event.pointerType === "touch";
              return false;
            },
            click: (view, event) => {
              if (!touched) return false;
              touched = false;
              const plugin = claimHighlightsKey.getState(view.state);
              if (!plugin) return false;
              const candidates = claimIdsAtElement(event.target, view.dom)
                .map((id) => plugin.claims.get(id))
                .filter((c): c is HighlightClaim => !!c);
              const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null;
              const picked = pickClaimAt(candidates, plugin.activeId, pos !== null && lastPos === pos);
              lastPos = picked ? pos : null;
              if (!picked) return false;
              view.dispatch(view.state.tr.setMeta(claimHighlightsKey, { type: "setActive", id: picked.id } satisfies ClaimHighlightsMeta));
              options.onClaimTap?.(picked.id);
              return false;
            },
          },
        },
      }),
    ];
  },
});
