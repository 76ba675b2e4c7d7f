"use client";
import { useId, useMemo, useRef, useState } from "react";
import { activeMentionQuery, filterMentionCandidates, insertMention, type MentionCandidate } from "@/lib/domain/mentions";
import { suggestNames } from "@/lib/domain/name-suggestions";
import { useAnchoredPopup } from "../popup/use-anchored-popup";

const OPTION_HEIGHT = 34;

export interface MentionTextareaProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  users: MentionCandidate[];
  placeholder?: string;
  error?: string | null;
  disabled?: boolean;
  autoFocus?: boolean;
  rows?: number;
  /** Ctrl/Cmd+Enter. */
  onSubmit?(): void;
  onCancel?(): void;
}

/**
 * A textarea with @mention autocomplete. Typing `@` and letters opens a list of matching
 * colleagues; ↑/↓ move, Enter or Tab inserts, Escape closes. The textarea keeps focus and
 * points at the highlighted option with aria-activedescendant (the listbox pattern). When
 * nobody's name starts with what was typed, the list offers the closest names instead
 * ("Did you mean"). The list is placed against the textarea, inside the viewport, above it
 * when there is no room below, and over any panel that scrolls or clips.
 */
export function MentionTextarea(props: MentionTextareaProps) {
  const { id, label, value, onChange, users, placeholder, error, disabled, autoFocus, rows = 3, onSubmit, onCancel } = props;
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  const query = useMemo(() => activeMentionQuery(value, caret), [value, caret]);
  const matches = useMemo(() => (query ? filterMentionCandidates(users, query.query) : []), [users, query]);
  const suggested = useMemo(() => (query && matches.length === 0 ? suggestNames(query.query, users, 4) : []), [users, query, matches.length]);
  const didYouMean = matches.length === 0 && suggested.length > 0;
  const candidates = didYouMean ? suggested : matches;
  const open = !!query && candidates.length > 0 && dismissedAt !== query.start;
  const placement = useAnchoredPopup(ref, open, { width: 288, height: Math.min(224, candidates.length * OPTION_HEIGHT + (didYouMean ? 28 : 0) + 8) });
  const activeIndex = Math.min(active, Math.max(0, candidates.length - 1));
  const optionId = (i: number) => `${listId}-option-${i}`;

  const syncCaret = () => setCaret(ref.current?.selectionStart ?? value.length);

  function choose(user: MentionCandidate) {
    if (!query) return;
    const next = insertMention(value, query.start, caret, user, users);
    onChange(next.text);
    setCaret(next.caret);
    setActive(0);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((activeIndex + step + candidates.length) % candidates.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        choose(candidates[activeIndex]);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(query!.start);
        return;
      }
    }
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  const hintId = `${id}-hint`;
  return (
    <div className="relative">
      <label htmlFor={id} className="label">{label}</label>
      <textarea
        ref={ref}
        id={id}
        className="input min-h-16 resize-y"
        rows={rows}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        autoFocus={autoFocus}
        aria-invalid={!!error}
        aria-describedby={[hintId, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart ?? e.target.value.length);
          setActive(0);
        }}
        onSelect={syncCaret}
        onClick={syncCaret}
        onKeyUp={(e) => {
          if (!["ArrowDown", "ArrowUp", "Enter", "Tab", "Escape"].includes(e.key)) syncCaret();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => query && setDismissedAt(query.start)}
        onFocus={() => setDismissedAt(null)}
      />
      <p id={hintId} className="mt-0.5 text-xs text-slate-500">
        Markdown works. Type @ to mention a colleague{onSubmit ? "; Ctrl+Enter sends" : ""}.
      </p>
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
      <p className="sr-only" aria-live="polite">
        {open
          ? didYouMean
            ? `Nobody has that name. ${candidates.length} close ${candidates.length === 1 ? "name" : "names"}; use the arrow keys and Enter to pick.`
            : `${candidates.length} ${candidates.length === 1 ? "person matches" : "people match"}; use the arrow keys and Enter to pick.`
          : ""}
      </p>
      {open && (
        <div
          className="fixed z-50 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
          style={placement ? { top: placement.top, left: placement.left, width: placement.width, maxHeight: Math.min(224, placement.maxHeight) } : { visibility: "hidden" }}
          data-testid="mention-popup"
          data-side={placement?.side}
        >
          {didYouMean && (
            <p id={`${listId}-hint`} className="px-3 pb-1 text-xs text-slate-600">
              Nobody is called “{query!.query.trim()}”. Did you mean:
            </p>
          )}
          <ul id={listId} role="listbox" aria-label={didYouMean ? "Did you mean" : "Mention a colleague"} aria-describedby={didYouMean ? `${listId}-hint` : undefined}>
            {candidates.map((user, i) => (
              <li
                key={user.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === activeIndex ? "bg-blue-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep focus in the textarea
                  choose(user);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="font-medium">{user.name}</span>{" "}
                {user.email && <span className={i === activeIndex ? "text-blue-100" : "text-slate-500"}>{user.email}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
