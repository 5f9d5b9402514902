import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled input with its error message right under it, announced to screen readers. */
export function Field({ id, label, error, children }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(error ? errorId : undefined)}
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
