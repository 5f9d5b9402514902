import type { FormEvent, ReactNode } from 'react';
import { SECTIONS, type SectionName } from '@/lib/settings/sections';
import type { Settings } from '@/lib/settings/settings';
import type { FieldErrors } from '@/lib/settings/validate';
import { describeProblem, useOptions } from './settings-store';

export interface EditorProps<N extends SectionName> {
  value: Settings[N];
  edit: (change: (draft: Settings[N]) => void, path?: string) => void;
  errors: FieldErrors;
}

interface Props<N extends SectionName> {
  name: N;
  /** A sentence under the heading: what this section decides. */
  intro?: string;
  children: (props: EditorProps<N>) => ReactNode;
  /** Extra data sent with the save (a removed tier's destination). */
  moveTo?: () => Record<string, string> | undefined;
  /** Controls of the section that are not saved settings (export, delete), after its Save. */
  after?: ReactNode;
}

/**
 * One section of the options page: its heading, its editor, and its own Save with a visible
 * result. A section is saved whole or not at all, each problem shown at its field.
 */
export function SettingsSection<N extends SectionName>({ name, intro, children, moveTo, after }: Props<N>) {
  const value = useOptions((s) => s.drafts[name]) as Settings[N] | undefined;
  const errors = useOptions((s) => s.errors[name]) ?? {};
  const status = useOptions((s) => s.status[name]);
  const problem = useOptions((s) => s.stored?.problems[name]);
  const edit = useOptions((s) => s.edit);
  const save = useOptions((s) => s.save);
  const { title } = SECTIONS[name];
  const headingId = `section-${name}`;
  if (value === undefined) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(name, moveTo?.());
  };
  return (
    <section className="settings-section" aria-labelledby={headingId} id={name}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {problem && (
        <p role="alert" className="error">
          {describeProblem(title, problem)}
        </p>
      )}
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        {children({ value, edit: (change, path) => edit(name, change, path), errors })}
        <div className="row save-row">
          <button type="submit" className="primary" disabled={status?.kind === 'saving'}>
            Save<span className="visually-hidden"> {title}</span>
          </button>
          <p role="status" className={status?.kind === 'error' ? 'error' : 'muted'}>
            {status?.text ?? ''}
          </p>
        </div>
      </form>
      {after}
    </section>
  );
}
