"use client";
import { memo, useDeferredValue, useEffect, useMemo, useRef, type CSSProperties } from "react";
import type { Verdict } from "@/lib/domain/enums";
import { verdictOptions } from "@/lib/domain/rating-scale";
import { useRatingScale } from "../../../_components/rating-scale-context";
import { REVIEW_DISPLAY_LABEL, REVIEW_DISPLAY_STATES, reviewDisplayState, reviewNoteHeading, type ReviewDisplayState } from "@/lib/domain/review-display";
import { ReviewDisplayBadge } from "../../../_components/review/verdict-chip";
import { excerpt } from "./format";
import { isTempId } from "./state";
import type { ClaimView } from "./types";
import { VerdictChip, VerdictMark } from "./verdict";

export type VerdictFilter = Verdict | "all";
export type ReviewFilter = ReviewDisplayState | "all";

export const matchesReviewFilter = (c: ClaimView, f: ReviewFilter) => f === "all" || reviewDisplayState(c) === f;

const NO_ROWS_YET: readonly ClaimView[] = [];

/** Every claim in reading order, with counts and a verdict filter. */
export function ClaimList(props: {
  claims: readonly ClaimView[];
  visible: readonly ClaimView[];
  counts: Record<Verdict, number>;
  filter: VerdictFilter;
  onFilter: (filter: VerdictFilter) => void;
  reviewFilter?: ReviewFilter;
  onReviewFilter?: (filter: ReviewFilter) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Claim id → names of others editing it now (presence). */
  editing?: ReadonlyMap<string, string>;
}) {
  const { claims, counts, filter, onFilter, reviewFilter = "all", onReviewFilter, selectedId, onSelect, editing } = props;
  // The rows, with thousands of claims, are drawn in the background: after the page is
  // interactive on first load (the server sends none, so the page arrives and hydrates
  // sooner), and after the text's highlight when a claim is added (a new claim shifts every
  // later number). Counts and filters above them are never deferred.
  const visible = useDeferredValue(props.visible, NO_ROWS_YET);
  const numbered = useDeferredValue(props.claims, NO_ROWS_YET);
  const drawingRows = visible !== props.visible;
  const listRef = useRef<HTMLOListElement>(null);
  // Claim numbers are places in reading order, whatever the filter: "claim #3" is always the same one.
  const numbers = useMemo(() => new Map(numbered.map((c, i) => [c.id, i + 1])), [numbered]);
  const verdicts = verdictOptions(useRatingScale());
  const selectedListed = useMemo(() => !!selectedId && visible.some((c) => c.id === selectedId), [visible, selectedId]);

  // Keep the selected claim in view when it changes from the text or from j/k (or when a
  // new claim's row arrives). Measured in the next frame, with the layout the browser does
  // anyway, rather than forcing one more layout of the whole page right after this render.
  useEffect(() => {
    if (!selectedId || !selectedListed) return;
    const frame = requestAnimationFrame(() => {
      // Scroll the list alone: scrollIntoView would also scroll the page and cut short the
      // text's own scroll to the claim's highlight (j onto the last claim stayed put).
      const list = listRef.current;
      const item = list?.querySelector(`[data-claim-item="${CSS.escape(selectedId)}"]`);
      if (!list || !item) return;
      const outer = list.getBoundingClientRect();
      const inner = item.getBoundingClientRect();
      if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top;
      else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom;
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedId, selectedListed]);

  return (
    <section aria-labelledby="claim-list-heading" className="wb-claims-card card flex max-h-[calc(100vh-2rem)] flex-col overflow-hidden">
      <div className="border-b border-slate-200 p-3">
        <h2 id="claim-list-heading" className="mb-2 text-sm font-semibold">
          Claims <span className="font-normal text-slate-600">({claims.length})</span>
        </h2>
        <div role="group" aria-label="Filter claims by verdict" className="flex flex-wrap gap-1">
          <FilterButton pressed={filter === "all"} onClick={() => onFilter("all")}>
            <span className="flex-1 text-left">All</span> <span className="tabular-nums">{claims.length}</span>
          </FilterButton>
          {verdicts.map(({ key: v, label }) => (
            <FilterButton key={v} pressed={filter === v} onClick={() => onFilter(filter === v ? "all" : v)}>
              <VerdictMark verdict={v} size="sm" />
              <span className="flex-1 text-left">{label}</span>
              <span className="tabular-nums">{counts[v] ?? 0}</span>
            </FilterButton>
          ))}
        </div>
        {onReviewFilter && (
          <div className="mt-2 flex items-center gap-2">
            <label htmlFor="claim-review-filter" className="text-xs font-medium text-slate-700">Review state</label>
            <select id="claim-review-filter" className="input py-0.5 text-xs" value={reviewFilter} onChange={(e) => onReviewFilter(e.target.value as ReviewFilter)}>
              <option value="all">Any state ({claims.length})</option>
              {REVIEW_DISPLAY_STATES.map((s) => (
                <option key={s} value={s}>{REVIEW_DISPLAY_LABEL[s]} ({claims.filter((c) => reviewDisplayState(c) === s).length})</option>
              ))}
            </select>
          </div>
        )}
      </div>
      {props.visible.length === 0 ? (
        <p className="p-3 text-sm text-slate-600">{claims.length === 0 ? "No claims yet." : "No claims match these filters."}</p>
      ) : (
        <ol ref={listRef} className="wb-claim-list min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto" aria-label="Claims in reading order" aria-busy={drawingRows || undefined}>
          {drawingRows && visible.length === 0 && <li className="p-3 text-sm text-slate-600">Showing {props.visible.length} claims…</li>}
          {visible.map((c) => (
            <ClaimListItem key={c.id} claim={c} number={numbers.get(c.id) ?? 0} selected={c.id === selectedId} editingBy={editing?.get(c.id) ?? null} onSelect={onSelect} />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * One claim in the list. Memoised: a live change to one claim re-renders that row only,
 * which matters with thousands of claims.
 */
const ClaimListItem = memo(function ClaimListItem(props: { claim: ClaimView; number: number; selected: boolean; editingBy: string | null; onSelect: (id: string) => void }) {
  const { claim: c, number, selected, editingBy, onSelect } = props;
  const changed = c.anchorStatus === "changed";
  const orphan = c.anchorStatus === "orphan";
  // Every part of a row has a fixed height (workbench.css), so its height follows from the
  // number of status lines alone, and the placeholder a row out of view takes is its real size.
  // A reviewer's note has two lines, every other status one.
  const statusLines = Number(changed) + Number(orphan) + Number(!!editingBy);
  const style = statusLines > 0 || c.reviewNote ? ({ "--wb-row-lines": statusLines, "--wb-row-notes": c.reviewNote ? 1 : 0 } as CSSProperties) : undefined;
  return (
    <li data-claim-item={c.id} style={style}>
      <button
        type="button"
        onClick={() => onSelect(c.id)}
        aria-current={selected ? "true" : undefined}
        className={`wb-claim-row block w-full px-3 py-2 text-left text-sm hover:bg-slate-50 ${selected ? "bg-blue-50 shadow-[inset_3px_0_0_#1d4ed8]" : ""}`}
      >
        <span className="wb-row-head flex items-center gap-1.5 overflow-hidden whitespace-nowrap">
          <span className="shrink-0 text-xs font-semibold tabular-nums text-slate-600">#{number}</span>
          <VerdictChip verdict={c.verdict} fit />
          {!isTempId(c.id) && <span className="ml-auto shrink-0"><ReviewDisplayBadge state={reviewDisplayState(c)} /></span>}
        </span>
        {/* Two lines at most (the whole quote is in the claim panel, and in the row's name for screen readers). */}
        <span className="wb-row-quote font-serif text-slate-800">“{excerpt(c.exact, 200)}”</span>
        <span className="wb-row-line text-slate-600">
          {isTempId(c.id) ? "Saving…" : `${c.sources.length} ${c.sources.length === 1 ? "source" : "sources"}`}
        </span>
        {changed && (
          <span className="wb-row-line font-medium text-amber-800" data-testid="list-text-changed">
            <span aria-hidden>↻ </span>Text changed
          </span>
        )}
        {c.reviewNote && (
          <span className="wb-row-note text-red-900" data-testid="review-note">
            <span className="font-semibold">{reviewNoteHeading(c.reviewNote)}:</span> {c.reviewNote.note}
          </span>
        )}
        {orphan && <span className="wb-row-line font-medium text-red-800">Not found in the current text</span>}
        {editingBy && (
          <span className="wb-row-line font-medium text-amber-800" data-testid="list-editing-by">
            <span aria-hidden className="mr-1 inline-block h-2 w-2 rounded-full bg-amber-400" />
            {editingBy} {editingBy.includes(",") ? "are" : "is"} editing
          </span>
        )}
      </button>
    </li>
  );
});

function FilterButton(props: { pressed: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={props.pressed}
      onClick={props.onClick}
      className={`inline-flex grow basis-[6.5rem] items-center gap-1 whitespace-nowrap rounded-md border px-1.5 py-0.5 text-xs ${props.pressed ? "border-blue-700 bg-blue-50 font-semibold text-blue-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
    >
      {props.children}
    </button>
  );
}
