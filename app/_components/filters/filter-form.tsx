import Link from "next/link";

/**
 * A list's filters as a plain GET form: submitting puts them in the URL, so it works without
 * JavaScript and every view can be shared. The URL is the one source of truth: the form is
 * re-created from it on every navigation (`href` is its key), so after a quick link it shows
 * that view's filters and Apply keeps them.
 */
export function FilterForm(props: { href: string; action: string; label: string; resetHref: string; children: React.ReactNode }) {
  return (
    <form key={props.href} method="get" action={props.action} className="card flex flex-wrap items-end gap-3 p-3" role="search" aria-label={props.label}>
      {props.children}
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary">Apply</button>
        <Link href={props.resetHref} className="btn">Reset</Link>
      </div>
    </form>
  );
}

/** One labelled select of a filter form; `any` is the first option, sent as "" (no filter). */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string | number | null | undefined;
  options: readonly (readonly [value: string | number, label: string])[];
  any?: string;
  className?: string;
}) {
  const { id, name, label, value, options, any, className = "input w-auto min-w-32" } = props;
  return (
    <div>
      <label htmlFor={id} className="label">{label}</label>
      <select id={id} name={name} className={className} defaultValue={value === null || value === undefined ? "" : String(value)}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

/** The free-text search box of a filter form. */
export function FilterSearch(props: { id: string; label: string; value: string | undefined; placeholder: string; type?: "search" | "text"; className?: string }) {
  return (
    <div className={props.className ?? "min-w-48 flex-1"}>
      <label htmlFor={props.id} className="label">{props.label}</label>
      <input id={props.id} name="q" type={props.type ?? "search"} className="input" defaultValue={props.value ?? ""} placeholder={props.placeholder} />
    </div>
  );
}

export const ORDER_OPTIONS = [["desc", "Descending"], ["asc", "Ascending"]] as const;
