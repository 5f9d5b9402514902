import { NumberField } from './NumberField';
import type { EditorProps } from './SettingsSection';

export function FocusLengthEditor({ value, edit, errors }: EditorProps<'focus'>) {
  return (
    <NumberField
      path="focus.defaultMinutes"
      label="Default focus length (minutes)"
      value={value.defaultMinutes}
      errors={errors}
      onChange={(v) => edit((d) => void (d.defaultMinutes = v ?? Number.NaN), 'focus.defaultMinutes')}
    />
  );
}
