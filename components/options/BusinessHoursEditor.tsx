import { format } from 'date-fns';
import type { Weekday } from '@/lib/focus/schedule';
import { FieldError, idFor } from './FieldError';
import { InputListEditor } from './InputListEditor';
import type { EditorProps } from './SettingsSection';
import { WEEK_ORDER, WEEKDAY_NAMES } from './weekdays';

/** When the working day runs: response times, "end of business day", batching and meeting-free days count in it. */
export function BusinessHoursEditor({ value: hours, edit, errors }: EditorProps<'businessHours'>) {
  return (
    <>
      <div className="row">
        {(['start', 'end'] as const).map((field) => {
          const path = `businessHours.${field}`;
          return (
            <label key={field} className="inline-field">
              {field === 'start' ? 'Day starts' : 'Day ends'}
              <input
                type="time"
                value={hours[field]}
                aria-invalid={!!errors[path]}
                aria-describedby={errors[path] ? idFor(path) : undefined}
                onChange={(e) => edit((d) => void (d[field] = e.target.value), path)}
              />
            </label>
          );
        })}
      </div>
      <FieldError id={idFor('businessHours.start')} message={errors['businessHours.start']} />
      <FieldError id={idFor('businessHours.end')} message={errors['businessHours.end']} />
      <div className="row" role="group" aria-label="Working days" aria-describedby={errors['businessHours.days'] ? idFor('businessHours.days') : undefined}>
        {WEEK_ORDER.map((day) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={hours.days.includes(day as Weekday)}
              onChange={(e) =>
                edit((d) => {
                  const others = d.days.filter((x) => x !== day);
                  d.days = e.target.checked ? [...others, day as Weekday].sort() : others;
                }, 'businessHours.days')
              }
            />
            {WEEKDAY_NAMES[day]!.slice(0, 3)}
          </label>
        ))}
      </div>
      <FieldError id={idFor('businessHours.days')} message={errors['businessHours.days']} />
      <fieldset>
        <legend>Holidays (no working time on these dates)</legend>
        {hours.holidays.length === 0 && <p className="muted">None.</p>}
        <InputListEditor
          path="businessHours.holidays"
          type="date"
          itemLabel="Holiday"
          values={hours.holidays}
          errors={errors}
          addLabel="Add holiday"
          create={() => format(new Date(), 'yyyy-MM-dd')}
          onChange={(holidays, path) => edit((d) => void (d.holidays = holidays), path)}
        />
      </fieldset>
    </>
  );
}
