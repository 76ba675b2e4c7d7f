/** A labelled input with its error message tied to it for screen readers. */
export function Field(props: { id: string; label: string; error?: string; type?: string; required?: boolean; placeholder?: string; defaultValue?: string; autoComplete?: string }) {
  const { id, label, error, type = "text", required, placeholder, defaultValue, autoComplete } = props;
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && <span className="text-red-700" aria-hidden> *</span>}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        required={required}
        placeholder={placeholder}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        className="input"
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}
