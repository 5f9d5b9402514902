import { FieldError, idFor } from './FieldError';
import { ListEditor } from './ListEditor';

interface Props {
  /** The settings path of the list ("digest.times"); item i's errors are at "<path>.i". */
  path: string;
  type: 'time' | 'date';
  /** "Digest time": items are "Digest time 1", "Digest time 2" to screen readers. */
  itemLabel: string;
  values: string[];
  errors: Record<string, string>;
  addLabel: string;
  create: () => string;
  onChange: (values: string[], path: string) => void;
}

/** A list of times or dates, each with its own error, added and removed one by one. */
export function InputListEditor({ path, type, itemLabel, values, errors, addLabel, create, onChange }: Props) {
  return (
    <ListEditor
      items={values}
      nameOf={(value, i) => `${itemLabel.toLowerCase()} ${value || i + 1}`}
      onChange={(next) => onChange(next, path)}
      add={{ label: addLabel, create }}
      render={(value, i) => {
        const at = `${path}.${i}`;
        return (
          <>
            <input
              type={type}
              aria-label={`${itemLabel} ${i + 1}`}
              value={value}
              aria-invalid={!!errors[at]}
              aria-describedby={errors[at] ? idFor(at) : undefined}
              onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)), at)}
            />
            <FieldError id={idFor(at)} message={errors[at]} />
          </>
        );
      }}
    />
  );
}
