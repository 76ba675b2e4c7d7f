import type { Node as PMNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { compareAnchors, textRangeToPosRange } from "@/lib/anchoring";
import type { AnchorStatus, Verdict } from "@/lib/domain/enums";
import { projectionOf } from "./projection-cache";

/** The little a highlight needs to know about a claim. */
export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** The verdict's short letter in the newsroom's scale, drawn after the claim. */
  letter?: string;
  anchorStatus?: AnchorStatus;
  /** Drawn but not yet saved (an optimistic claim). */
  pending?: boolean;
}

export interface HighlightFlags {
  activeId: string | null;
  flashId: string | null;
}

type ClaimSpec = { kind: "claim"; claimId: string } | { kind: "badge"; claimIds: string[] };

const specHas = (spec: Partial<ClaimSpec> & { claimId?: string; claimIds?: string[] }, ids: ReadonlySet<string>) =>
  (spec.claimId !== undefined && ids.has(spec.claimId)) || (spec.claimIds ?? []).some((id) => ids.has(id));

export function isDrawable(claim: HighlightClaim): boolean {
  return claim.anchorStatus !== "orphan" && claim.end > claim.start;
}

export function claimClassName(claim: HighlightClaim, flags: HighlightFlags): string {
  let name = `claim-hl claim-hl--${claim.verdict}`;
  if (claim.id === flags.activeId) name += " claim-hl--active";
  if (claim.id === flags.flashId) name += " claim-hl--flash";
  if (claim.pending) name += " claim-hl--pending";
  return name;
}

function highlight(from: number, to: number, claim: HighlightClaim, flags: HighlightFlags): Decoration {
  const spec: ClaimSpec = { kind: "claim", claimId: claim.id };
  // `nodeName` gives every claim its own wrapper element, so overlapping and nested claims
  // become nested spans whose translucent backgrounds add up, instead of one span whose
  // attributes (and data-claim-id) the last claim would overwrite.
  return Decoration.inline(from, to, { nodeName: "span", class: claimClassName(claim, flags), "data-claim-id": claim.id }, spec);
}

/**
 * The verdict letters after the claims that end at one place, so the verdict never rests on
 * colour alone. Claims ending together (the same words marked twice, nested claims sharing
 * an end) get one widget with a letter each, side by side, instead of widgets stacked at one
 * position where one could hide the other. Outermost claim last, as the spans nest.
 */
function badges(pos: number, claims: readonly HighlightClaim[], flags: HighlightFlags): Decoration {
  const key = claims.map((c) => `${c.id}:${c.verdict}:${c.letter ?? ""}:${c.id === flags.activeId ? 1 : 0}`).join(",");
  const spec = { kind: "badge", claimIds: claims.map((c) => c.id), side: -1, ignoreSelection: true, key: `b:${key}` };
  return Decoration.widget(
    pos,
    () => {
      const group = document.createElement("span");
      group.className = "claim-badges";
      group.setAttribute("aria-hidden", "true");
      for (const claim of claims) {
        const el = document.createElement("sup");
        el.className = `claim-badge claim-badge--${claim.verdict}${claim.id === flags.activeId ? " claim-badge--active" : ""}`;
        el.dataset.claimBadge = claim.id;
        el.textContent = claim.letter ?? "?";
        group.append(el);
      }
      return group;
    },
    spec,
  );
}

/** Claims grouped by the position their badge goes, innermost (shortest) first. */
function badgeGroups(placed: readonly { claim: HighlightClaim; to: number }[]): Map<number, HighlightClaim[]> {
  const groups = new Map<number, HighlightClaim[]>();
  for (const { claim, to } of placed) {
    const group = groups.get(to);
    if (group) group.push(claim);
    else groups.set(to, [claim]);
  }
  for (const group of groups.values()) if (group.length > 1) group.sort((a, b) => a.end - a.start - (b.end - b.start) || (a.id < b.id ? -1 : 1));
  return groups;
}

/**
 * Every claim's decorations, in one pass over the claims in document order with a single
 * projection of the document. Claims whose offsets do not fit the text are skipped (they
 * belong to another revision and will be re-anchored), as are orphans.
 */
export function buildClaimDecorations(doc: PMNode, claims: Iterable<HighlightClaim>, flags: HighlightFlags): DecorationSet {
  const projection = projectionOf(doc);
  const length = projection.text.length;
  const sorted = [...claims].filter((c) => isDrawable(c) && c.end <= length).sort(compareAnchors);
  const decorations: Decoration[] = [];
  const placed: { claim: HighlightClaim; to: number }[] = [];
  for (const claim of sorted) {
    const { from, to } = textRangeToPosRange(projection, claim.start, claim.end);
    if (to <= from) continue;
    decorations.push(highlight(from, to, claim, flags));
    placed.push({ claim, to });
  }
  for (const [to, group] of badgeGroups(placed)) decorations.push(badges(to, group, flags));
  return DecorationSet.create(doc, decorations);
}

/**
 * Restyles a few claims (the old and new active one, a flash) without rebuilding the set:
 * their current decorations are found, removed and added back with new classes, in place.
 */
export function restyleClaims(set: DecorationSet, doc: PMNode, claims: ReadonlyMap<string, HighlightClaim>, ids: ReadonlySet<string>, flags: HighlightFlags): DecorationSet {
  if (ids.size === 0) return set;
  const found = set.find(undefined, undefined, (spec) => specHas(spec, ids));
  if (found.length === 0) return set;
  const replacements: Decoration[] = [];
  for (const deco of found) {
    const spec = deco.spec as ClaimSpec;
    if (spec.kind === "badge") {
      const group = spec.claimIds.flatMap((id) => claims.get(id) ?? []);
      if (group.length > 0) replacements.push(badges(deco.from, group, flags));
      continue;
    }
    const claim = claims.get(spec.claimId);
    if (claim) replacements.push(highlight(deco.from, deco.to, claim, flags));
  }
  return set.remove(found).add(doc, replacements);
}

/**
 * Which claim a click selects among the claims covering the clicked text: the innermost
 * (shortest) first; clicking the same spot again moves to the next one out, then wraps.
 */
export function pickClaimAt(candidates: readonly HighlightClaim[], activeId: string | null, sameSpot: boolean): HighlightClaim | null {
  if (candidates.length === 0) return null;
  const ordered = [...candidates].sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sameSpot && activeId) {
    const i = ordered.findIndex((c) => c.id === activeId);
    if (i >= 0) return ordered[(i + 1) % ordered.length];
  }
  return ordered[0];
}

/** Ids of the claims drawn around a clicked element (nested spans, or a verdict badge). */
export function claimIdsAtElement(target: EventTarget | null, root: Element): string[] {
  const ids: string[] = [];
  let el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (el instanceof HTMLElement && el.dataset.claimBadge) return [el.dataset.claimBadge];
  for (; el && el !== root; el = el.parentElement) {
    const id = el.getAttribute("data-claim-id");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
