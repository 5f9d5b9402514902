import { format } from 'date-fns';
import { BlockListEditor } from './BlockListEditor';
import { FieldError, idFor } from './FieldError';
import type { EditorProps } from './SettingsSection';

/** Single dates that differ from the week: skip its blocks, or add one-off blocks. */
export function ExceptionsEditor({ value, edit, errors }: EditorProps<'schedule'>) {
  const exceptions = value.exceptions;
  return (
    <fieldset>
      <legend>Exceptions for one date</legend>
      {exceptions.length === 0 && <p className="muted">None.</p>}
      {exceptions.map((exception, i) => {
        const dateKey = `schedule.exceptions.${i}.date`;
        const label = `Exception ${i + 1}`;
        return (
          <fieldset key={i} className="day">
            <legend>{exception.date || label}</legend>
            <div className="row">
              <label htmlFor={idFor(`${dateKey}-input`)}>Date</label>
              <input
                id={idFor(`${dateKey}-input`)}
                type="date"
                value={exception.date}
                aria-invalid={!!errors[dateKey]}
                aria-describedby={errors[dateKey] ? idFor(dateKey) : undefined}
                onChange={(e) => edit((d) => void (d.exceptions[i]!.date = e.target.value), dateKey)}
              />
              <button type="button" onClick={() => edit((d) => void d.exceptions.splice(i, 1))}>
                Remove<span className="visually-hidden"> {label}</span>
              </button>
            </div>
            <FieldError id={idFor(dateKey)} message={errors[dateKey]} />
            <label className="check">
              <input
                type="checkbox"
                checked={exception.skipScheduled}
                onChange={(e) => edit((d) => void (d.exceptions[i]!.skipScheduled = e.target.checked))}
              />
              Skip the weekly blocks on this date
            </label>
            <BlockListEditor
              path={`schedule.exceptions.${i}.blocks`}
              label={`${label} one-off`}
              blocks={exception.blocks}
              errors={errors}
              onChange={(blocks, path) => edit((d) => void (d.exceptions[i]!.blocks = blocks), path)}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          edit((d) => void d.exceptions.push({ date: format(new Date(), 'yyyy-MM-dd'), skipScheduled: true, blocks: [] }))
        }
      >
        Add exception
      </button>
    </fieldset>
  );
}
