import { FieldError, idFor } from './FieldError';
import { NumberField } from './NumberField';
import type { EditorProps } from './SettingsSection';

/** Lockdown makes ending early a deliberate act: a reason, a wait, a daily allowance. */
export function LockdownEditor({ value, edit, errors }: EditorProps<'lockdown'>) {
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={value.enabled}
          aria-describedby={errors['lockdown.enabled'] ? idFor('lockdown.enabled') : undefined}
          onChange={(e) => edit((d) => void (d.enabled = e.target.checked), 'lockdown.enabled')}
        />
        Ask for a reason before ending focus early
      </label>
      <FieldError id={idFor('lockdown.enabled')} message={errors['lockdown.enabled']} />
      <NumberField
        path="lockdown.delaySeconds"
        label="Wait before ending early (seconds)"
        value={value.delaySeconds}
        errors={errors}
        onChange={(v) => edit((d) => void (d.delaySeconds = v ?? Number.NaN), 'lockdown.delaySeconds')}
      />
      <NumberField
        path="lockdown.maxEarlyEndsPerDay"
        label="Early ends allowed per day (empty for no limit)"
        value={value.maxEarlyEndsPerDay}
        errors={errors}
        allowEmpty
        onChange={(v) => edit((d) => void (d.maxEarlyEndsPerDay = v), 'lockdown.maxEarlyEndsPerDay')}
      />
    </>
  );
}
