import { NumberField } from './NumberField';
import type { EditorProps } from './SettingsSection';

export function RetentionEditor({ value, edit, errors }: EditorProps<'data'>) {
  return (
    <>
      <NumberField
        path="data.handledDays"
        label="Keep handled notifications (days)"
        value={value.handledDays}
        errors={errors}
        onChange={(v) => edit((d) => void (d.handledDays = v ?? Number.NaN), 'data.handledDays')}
      />
      <NumberField
        path="data.historyDays"
        label="Keep focus blocks, questions and digests for the review (days)"
        value={value.historyDays}
        errors={errors}
        onChange={(v) => edit((d) => void (d.historyDays = v ?? Number.NaN), 'data.historyDays')}
      />
    </>
  );
}
