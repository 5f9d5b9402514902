import { FieldError, idFor } from './FieldError';
import { useSettingsDraft } from './settings-draft';

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
