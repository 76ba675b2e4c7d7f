"use client";
import { useRef, type ReactNode } from "react";

export interface TabSpec<K extends string> {
  key: K;
  label: ReactNode;
}

/**
 * An ARIA tablist (the "automatic activation" pattern): arrow keys, Home and End move
 * between tabs and show each at once; only the active tab is in the Tab order. The panels
 * are rendered by the caller with `tabPanelProps`.
 */
export function TabList<K extends string>(props: { idPrefix: string; label: string; tabs: readonly TabSpec<K>[]; active: K; onSelect: (key: K) => void; className?: string }) {
  const { idPrefix, label, tabs, active, onSelect, className = "" } = props;
  const refs = useRef(new Map<K, HTMLButtonElement>());

  function onKeyDown(event: React.KeyboardEvent) {
    const i = tabs.findIndex((t) => t.key === active);
    const to = event.key === "ArrowRight" ? i + 1 : event.key === "ArrowLeft" ? i - 1 : event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length].key;
    onSelect(next);
    refs.current.get(next)?.focus();
  }

  return (
    <div role="tablist" aria-label={label} className={`flex gap-1 border-b border-slate-200 ${className}`} onKeyDown={onKeyDown}>
      {tabs.map((t) => {
        const selected = t.key === active;
        return (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
              else refs.current.delete(t.key);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.key}`}
            aria-selected={selected}
            aria-controls={`${idPrefix}-panel-${t.key}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(t.key)}
            className={`-mb-px whitespace-nowrap border-b-2 px-2 py-1.5 text-sm ${selected ? "border-blue-700 font-semibold text-blue-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}

export function tabPanelProps(idPrefix: string, key: string, active: string) {
  return {
    role: "tabpanel" as const,
    id: `${idPrefix}-panel-${key}`,
    "aria-labelledby": `${idPrefix}-tab-${key}`,
    hidden: key !== active,
    tabIndex: 0,
  };
}
