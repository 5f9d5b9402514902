import type { Weekday } from '@/lib/focus/schedule';
import { FieldError, idFor } from './FieldError';
import { NumberField } from './NumberField';
import { useSettingsDraft, WEEK_ORDER, WEEKDAY_NAMES } from './settings-draft';

export function FocusLengthEditor() {
  const { draft, errors, edit } = useSettingsDraft();
  if (!draft) return null;
  return (
    <NumberField
      path="focus.defaultMinutes"
      label="Default focus length (minutes)"
      value={draft.focus.defaultMinutes}
      errors={errors}
      onChange={(v) => edit((d) => void (d.focus.defaultMinutes = v ?? Number.NaN), 'focus.defaultMinutes')}
    />
  );
}

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

/** Lockdown makes ending early a deliberate act: a reason, a wait, a daily allowance. */
export function LockdownEditor() {
  const { draft, errors, edit } = useSettingsDraft();
  if (!draft) return null;
  const lockdown = draft.lockdown;
  return (
    <fieldset>
      <legend>Lockdown</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={lockdown.enabled}
          aria-describedby={errors['lockdown.enabled'] ? idFor('lockdown.enabled') : undefined}
          onChange={(e) => edit((d) => void (d.lockdown.enabled = e.target.checked), 'lockdown.enabled')}
        />
        Ask for a reason before ending focus early
      </label>
      <FieldError id={idFor('lockdown.enabled')} message={errors['lockdown.enabled']} />
      <NumberField
        path="lockdown.delaySeconds"
        label="Wait before ending early (seconds)"
        value={lockdown.delaySeconds}
        errors={errors}
        onChange={(v) => edit((d) => void (d.lockdown.delaySeconds = v ?? Number.NaN), 'lockdown.delaySeconds')}
      />
      <NumberField
        path="lockdown.maxEarlyEndsPerDay"
        label="Early ends allowed per day (empty for no limit)"
        value={lockdown.maxEarlyEndsPerDay}
        errors={errors}
        allowEmpty
        onChange={(v) => edit((d) => void (d.lockdown.maxEarlyEndsPerDay = v), 'lockdown.maxEarlyEndsPerDay')}
      />
    </fieldset>
  );
}

export function StatusTemplateEditor() {
  const { draft, errors, edit } = useSettingsDraft();
  if (!draft) return null;
  const path = 'status.template';
  return (
    <div className="field">
      <label htmlFor="status-template">Status message (Copy status; {'{until}'} becomes the end time)</label>
      <textarea
        id="status-template"
        rows={2}
        value={draft.status.template}
        aria-invalid={!!errors[path]}
        aria-describedby={errors[path] ? idFor(path) : undefined}
        onChange={(e) => edit((d) => void (d.status.template = e.target.value), path)}
      />
      <FieldError id={idFor(path)} message={errors[path]} />
    </div>
  );
}
