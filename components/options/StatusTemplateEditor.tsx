import { FieldError, idFor } from './FieldError';
import type { EditorProps } from './SettingsSection';

export function StatusTemplateEditor({ value, edit, errors }: EditorProps<'status'>) {
  const path = 'status.template';
  return (
    <div className="field">
      <label htmlFor="status-template">Status message (Copy status; {'{until}'} becomes the end time)</label>
      <textarea
        id="status-template"
        rows={2}
        value={value.template}
        aria-invalid={!!errors[path]}
        aria-describedby={errors[path] ? idFor(path) : undefined}
        onChange={(e) => edit((d) => void (d.template = e.target.value), path)}
      />
      <FieldError id={idFor(path)} message={errors[path]} />
    </div>
  );
}
