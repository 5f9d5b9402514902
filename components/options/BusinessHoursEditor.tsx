import type { Weekday } from '@/lib/focus/schedule';
import { FieldError, idFor } from './FieldError';
import { useSettingsDraft, WEEK_ORDER, WEEKDAY_NAMES } from './settings-draft';

/** When the working day runs: "end of business day" and meeting-free days use it. */
export function BusinessHoursEditor() {
  const { draft, errors, edit } = useSettingsDraft();
  if (!draft) return null;
  const hours = draft.businessHours;
  return (
    <fieldset>
      <legend>Business hours</legend>
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
                onChange={(e) => edit((d) => void (d.businessHours[field] = e.target.value), path)}
              />
            </label>
          );
        })}
      </div>
      <FieldError id={idFor('businessHours.start')} message={errors['businessHours.start']} />
      <FieldError id={idFor('businessHours.end')} message={errors['businessHours.end']} />
      <div className="row" role="group" aria-label="Working days">
        {WEEK_ORDER.map((day) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={hours.days.includes(day as Weekday)}
              onChange={(e) =>
                edit((d) => {
                  const others = d.businessHours.days.filter((x) => x !== day);
                  d.businessHours.days = e.target.checked ? [...others, day as Weekday].sort() : others;
                })
              }
            />
            {WEEKDAY_NAMES[day]!.slice(0, 3)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
