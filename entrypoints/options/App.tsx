import { useEffect, useState, type FormEvent } from 'react';
import { Field } from '@/components/Field';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';

export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [minutes, setMinutes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setMinutes(String(s.focus.defaultMinutes));
    });
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setSaved(false);
    const typed = minutes.trim() === '' ? Number.NaN : Number(minutes);
    const result = await saveSettings({ ...settings, focus: { ...settings.focus, defaultMinutes: typed } });
    if (result.ok) {
      setSettings(result.settings);
      setErrors({});
      setSaved(true);
    } else {
      setErrors(result.errors);
    }
  };

  return (
    <main className="page">
      <h1>Heads Down options</h1>
      <form onSubmit={submit} noValidate aria-label="Focus settings">
        <Field id="default-minutes" label="Default focus length (minutes)" error={errors['focus.defaultMinutes']}>
          {(describedBy) => (
            <input
              id="default-minutes"
              type="number"
              inputMode="numeric"
              min={1}
              value={minutes}
              aria-invalid={!!errors['focus.defaultMinutes']}
              aria-describedby={describedBy}
              onChange={(e) => setMinutes(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={!settings}>
          Save
        </button>
        <p role="status" className="muted">
          {saved ? 'Saved.' : ''}
        </p>
      </form>
    </main>
  );
}
