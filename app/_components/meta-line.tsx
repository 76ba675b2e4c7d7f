import { Fragment, type ReactNode } from "react";

/** Whether a meta item has something to show (null, false, undefined and "" do not). */
function present(item: ReactNode): boolean {
  return item !== null && item !== undefined && item !== false && item !== "";
}

/**
 * Items of a meta line ("Verified · Needs review · in The Times") joined by a separator that
 * appears only between items that are present: never first, last or doubled when one is
 * empty. The separator is glued to the item before it (a no-break space), so a line that
 * wraps on a narrow screen never starts with "·".
 */
export function MetaLine({ items, className }: { items: ReactNode[]; className?: string }) {
  const shown = items.filter(present);
  if (shown.length === 0) return null;
  return (
    <span className={className}>
      {shown.map((item, i) => (
        <Fragment key={i}>
          {i > 0 && "\u00a0· "}
          {item}
        </Fragment>
      ))}
    </span>
  );
}

/** The same rule for plain strings: "a · b" with empty items left out. */
export function joinPresent(items: (string | null | undefined | false)[], separator = " · "): string {
  return items.filter((x): x is string => typeof x === "string" && x.trim() !== "").join(separator);
}
