import { Extension } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";
import type { HighlightClaim } from "./claim-decorations";
import { claimHighlightsKey, type ClaimHighlightsMeta } from "./claim-highlights-key";
import { claimHighlightsPlugin, type ClaimHighlightsPluginOptions } from "./claim-highlights-plugin";

export type { HighlightClaim } from "./claim-decorations";

/**
 * Draws claims as ProseMirror decorations from their stand-off anchors: the stored
 * document is never rewritten to add or remove a claim (see DESIGN.md, "Anchoring").
 * Decorations are rebuilt only when the claims change, restyled in place when the active
 * claim changes, and mapped through document changes otherwise.
 */
export type ClaimHighlightsOptions = ClaimHighlightsPluginOptions;

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces the claims drawn in the text. */
      setClaimHighlights: (claims: readonly HighlightClaim[]) => ReturnType;
      /** Marks one claim as the active (open) one, or none. */
      setActiveClaim: (id: string | null) => ReturnType;
      /** Scrolls a drawn claim into view and flashes it briefly. */
      flashClaim: (id: string) => ReturnType;
    };
  }
}

export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { claims: [], activeClaimId: null, onClaimClick: null, flashDuration: 1600 };
  },

  addCommands() {
    const set =
      (m: ClaimHighlightsMeta) =>
      ({ tr, dispatch }: { tr: Transaction; dispatch?: unknown }) => {
        if (dispatch) tr.setMeta(claimHighlightsKey, m);
        return true;
      };
    return {
      setClaimHighlights: (claims) => set({ type: "setClaims", claims }),
      setActiveClaim: (id) => set({ type: "setActive", id }),
      flashClaim:
        (id) =>
        ({ state, tr, dispatch }) => {
          if (!claimHighlightsKey.getState(state)?.claims.has(id)) return false;
          if (dispatch) tr.setMeta(claimHighlightsKey, { type: "flash", id } satisfies ClaimHighlightsMeta);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [claimHighlightsPlugin(this.options)];
  },
});
