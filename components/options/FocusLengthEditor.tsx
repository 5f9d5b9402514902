import { NumberField } from './NumberField';
import { useSettingsDraft } from './settings-draft';

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
