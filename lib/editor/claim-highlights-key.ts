import { PluginKey } from "@tiptap/pm/state";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { DecorationSet } from "@tiptap/pm/view";
import type { HighlightClaim } from "./claim-decorations";

/** What the claim-highlights plugin keeps between transactions. */
export interface ClaimHighlightsState {
  /** The claims being drawn, by id (orphans included, though they are not drawn). */
  claims: ReadonlyMap<string, HighlightClaim>;
  activeId: string | null;
  flashId: string | null;
  /** Increases on every flash request, so flashing the same claim twice flashes twice. */
  flashSeq: number;
  decorations: DecorationSet;
  /**
   * The document the decorations were last built or patched for. After an edit they are
   * only mapped, so a new claim list then rebuilds them instead of patching.
   */
  drawnOn: PMNode;
}

/** Transaction metadata the plugin understands; the commands set it. */
export type ClaimHighlightsMeta =
  | { type: "setClaims"; claims: readonly HighlightClaim[] }
  | { type: "setActive"; id: string | null }
  | { type: "flash"; id: string | null };

export const claimHighlightsKey = new PluginKey<ClaimHighlightsState>("claimHighlights");
