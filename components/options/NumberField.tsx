import { FieldError, idFor } from './FieldError';

interface Props {
  path: string;
  label: string;
  value: number | null;
  errors: Record<string, string>;
  /** Empty input: null if allowed (e.g. "no limit"), otherwise NaN so validation can say so. */
  allowEmpty?: boolean;
  onChange: (value: number | null) => void;
}

export function NumberField({ path, label, value, errors, allowEmpty, onChange }: Props) {
  const id = idFor(`${path}-input`);
  const error = errors[path];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={value === null || Number.isNaN(value) ? '' : value}
        aria-invalid={!!error}
        aria-describedby={error ? idFor(path) : undefined}
        onChange={(e) => onChange(e.target.value === '' ? (allowEmpty ? null : Number.NaN) : e.target.valueAsNumber)}
      />
      <FieldError id={idFor(path)} message={error} />
    </div>
  );
}
