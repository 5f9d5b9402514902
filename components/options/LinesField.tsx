import { useState } from 'react';
import { FieldError, idFor } from './FieldError';

interface Props {
  /** The settings path of the list ("rules.vips"); its error and its entries' errors show here. */
  path: string;
  label: string;
  values: string[];
  errors: Record<string, string>;
  onChange: (values: string[]) => void;
  rows?: number;
}

const parse = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/**
 * A list typed one entry per line. The text is the user's while they type (an empty line in the
 * middle of an edit is fine); the list it means, without blank lines, is what is saved.
 */
export function LinesField({ path, label, values, errors, onChange, rows = 3 }: Props) {
  const joined = values.join('\n');
  const [text, setText] = useState(joined);
  const [seen, setSeen] = useState(joined);
  if (joined !== seen) {
    // A change from outside (another page saved, a reset) replaces the text.
    setSeen(joined);
    if (parse(text).join('\n') !== joined) setText(joined);
  }
  const id = idFor(`${path}-input`);
  const entryErrors = Object.entries(errors).filter(([key]) => key.startsWith(`${path}.`));
  const message = errors[path] ?? entryErrors[0]?.[1];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={text}
        aria-invalid={!!message}
        aria-describedby={message ? idFor(path) : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parse(e.target.value));
        }}
      />
      <FieldError id={idFor(path)} message={message} />
    </div>
  );
}
