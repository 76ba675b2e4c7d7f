import { isWebUrl } from "@/lib/domain/link-safety";
import { STANCES, type Stance } from "@/lib/domain/enums";
import { STANCE_LABEL } from "@/lib/domain/verdicts";

/** A labelled input whose error is tied to it, named for FormData. */
export function SourceInput(props: { id: string; name: string; label: string; error?: string; type?: string; required?: boolean; placeholder?: string; multiline?: boolean }) {
  const { id, name, label, error, type = "text", required, placeholder, multiline } = props;
  const common = {
    id,
    name,
    required,
    placeholder,
    className: "input",
    "aria-invalid": !!error,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <div>
      <label htmlFor={id} className="label text-xs">
        {label}
        {required && <span className="text-red-700" aria-hidden> *</span>}
      </label>
      {multiline ? <textarea rows={2} {...common} /> : <input type={type} {...common} />}
      {error && <p id={`${id}-error`} className="field-error text-xs">{error}</p>}
    </div>
  );
}

export function StanceRadios({ idPrefix, name, defaultValue = "supports", error }: { idPrefix: string; name: string; defaultValue?: Stance; error?: string }) {
  return (
    <fieldset>
      <legend className="label text-xs">Stance</legend>
      <div className="flex flex-wrap gap-3 text-sm">
        {STANCES.map((s) => (
          <label key={s} htmlFor={`${idPrefix}-${s}`} className="inline-flex items-center gap-1.5">
            <input id={`${idPrefix}-${s}`} type="radio" name={name} value={s} defaultChecked={s === defaultValue} className="accent-blue-700" />
            {STANCE_LABEL[s]}
          </label>
        ))}
      </div>
      {error && <p className="field-error text-xs">{error}</p>}
    </fieldset>
  );
}

/** The server's rule for source addresses (lib/domain/link-safety), checked early. */
export function isHttpUrl(value: string): boolean {
  return isWebUrl(value.trim());
}

export const STANCE_STYLE: Record<Stance, string> = {
  supports: "border-green-700 text-green-900 bg-green-50",
  refutes: "border-red-700 text-red-900 bg-red-50",
  context: "border-slate-500 text-slate-800 bg-slate-50",
};
