import { FieldError, idFor } from './FieldError';
import { NumberField } from './NumberField';
import { useSettingsDraft } from './settings-draft';

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
