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
/** Side-by-side verdict letters at one place: the shortest claim first, then by id. */
const badgeOrder = (a: HighlightClaim, b: HighlightClaim) => a.end - a.start - (b.end - b.start) || (a.id < b.id ? -1 : 1);

/** Where a claim is drawn in `doc` (null: an orphan, or offsets that do not fit this text). */
function placeOf(projection: ReturnType<typeof projectionOf>, claim: HighlightClaim): { from: number; to: number } | null {
  if (!isDrawable(claim) || claim.end > projection.text.length) return null;
  const range = textRangeToPosRange(projection, claim.start, claim.end);
  return range.to > range.from ? range : null;
}

function badgeGroups(placed: readonly { claim: HighlightClaim; to: number }[]): Map<number, HighlightClaim[]> {
  const groups = new Map<number, HighlightClaim[]>();
  for (const { claim, to } of placed) {
    const group = groups.get(to);
    if (group) group.push(claim);
    else groups.set(to, [claim]);
  }
  for (const group of groups.values()) if (group.length > 1) group.sort(badgeOrder);
  return groups;
}

/**
 * Every claim's decorations, in one pass over the claims in document order with a single
 * projection of the document. Claims whose offsets do not fit the text are skipped (they
 * belong to another revision and will be re-anchored), as are orphans.
 */
export function buildClaimDecorations(doc: PMNode, claims: Iterable<HighlightClaim>, flags: HighlightFlags): DecorationSet {
  const projection = projectionOf(doc);
  const decorations: Decoration[] = [];
  const placed: { claim: HighlightClaim; to: number }[] = [];
  for (const claim of [...claims].sort(compareAnchors)) {
    const place = placeOf(projection, claim);
    if (!place) continue;
    decorations.push(highlight(place.from, place.to, claim, flags));
    placed.push({ claim, to: place.to });
  }
  for (const [to, group] of badgeGroups(placed)) decorations.push(badges(to, group, flags));
  return DecorationSet.create(doc, decorations);
}

/** True when two versions of a claim draw the same (a changed rationale or source does not). */
export function drawsSame(a: HighlightClaim, b: HighlightClaim): boolean {
  return a.start === b.start && a.end === b.end && a.verdict === b.verdict && a.letter === b.letter && a.anchorStatus === b.anchorStatus && !!a.pending === !!b.pending;
}

/** Ids of the claims added, removed or drawn differently between two claim maps. */
export function changedClaimIds(before: ReadonlyMap<string, HighlightClaim>, after: ReadonlyMap<string, HighlightClaim>): Set<string> {
  const changed = new Set<string>();
  for (const [id, claim] of after) {
    const was = before.get(id);
    if (!was || !drawsSame(was, claim)) changed.add(id);
  }
  for (const id of before.keys()) if (!after.has(id)) changed.add(id);
  return changed;
}

/**
 * Updates a decoration set built by buildClaimDecorations for `doc` to draw `after` instead,
 * touching only the claims in `changed` (added, removed or drawn differently) and the verdict
 * letter groups at the places where they end. The result draws the same as a full rebuild,
 * but costs a few decorations instead of every claim's: marking one more claim on an article
 * with thousands no longer rebuilds (and makes ProseMirror compare) all of them.
 */
export function patchClaimDecorations(set: DecorationSet, doc: PMNode, after: ReadonlyMap<string, HighlightClaim>, changed: ReadonlySet<string>, flags: HighlightFlags): DecorationSet {
  if (changed.size === 0) return set;
  const projection = projectionOf(doc);
  const stale = set.find(undefined, undefined, (spec) => specHas(spec, changed));
  // Letter groups to redo: where a changed claim's letters were, and where they go now.
  const places = new Set<number>();
  for (const deco of stale) places.add((deco.spec as ClaimSpec).kind === "badge" ? deco.from : deco.to);
  const added: Decoration[] = [];
  const groups = new Map<number, HighlightClaim[]>();
  const join = (pos: number, claim: HighlightClaim) => {
    const group = groups.get(pos);
    if (!group) groups.set(pos, [claim]);
    else if (!group.includes(claim)) group.push(claim);
  };
  for (const id of changed) {
    const claim = after.get(id);
    const place = claim && placeOf(projection, claim);
    if (!claim || !place) continue;
    added.push(highlight(place.from, place.to, claim, flags));
    places.add(place.to);
    join(place.to, claim);
  }
  let next = set.remove(stale);
  const staleBadges: Decoration[] = [];
  for (const pos of places) {
    for (const deco of next.find(pos, pos)) {
      const spec = deco.spec as ClaimSpec;
      if (spec.kind === "badge") {
        if (deco.from === pos) staleBadges.push(deco);
        continue;
      }
      // A claim over several paragraphs is drawn in pieces: only its real end counts.
      const claim = deco.to === pos ? after.get(spec.claimId) : undefined;
      if (claim && placeOf(projection, claim)?.to === pos) join(pos, claim);
    }
  }
  next = next.remove(staleBadges);
  for (const [pos, group] of groups) {
    if (group.length > 1) group.sort(badgeOrder);
    added.push(badges(pos, group, flags));
  }
  return next.add(doc, added);
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
