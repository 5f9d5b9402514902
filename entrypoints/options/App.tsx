import { useEffect, useState, type FormEvent } from 'react';
import { ExceptionsEditor } from '@/components/options/ExceptionsEditor';
import { BusinessHoursEditor } from '@/components/options/BusinessHoursEditor';
import { FocusLengthEditor } from '@/components/options/FocusLengthEditor';
import { LockdownEditor } from '@/components/options/LockdownEditor';
import { StatusTemplateEditor } from '@/components/options/StatusTemplateEditor';
import { useSettingsDraft } from '@/components/options/settings-draft';
import { QuietTabsEditor } from '@/components/options/QuietTabsEditor';
import { SitesEditor } from '@/components/options/SitesEditor';
import { WeeklyScheduleEditor } from '@/components/options/WeeklyScheduleEditor';
import { browser } from 'wxt/browser';
import { loosensLockdown } from '@/lib/focus/lockdown';
import { FOCUS_FLAG_KEY, isFlagHolding, type FocusFlag } from '@/lib/messaging/focus-flag';
import { loadSettings, loadStoredSettings, saveSettings } from '@/lib/settings/store';

export function App() {
  const { draft, errors, notice, load, setResult } = useSettingsDraft();
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    void loadStoredSettings().then((stored) => {
      setUnreadable(stored.unreadable);
      load(stored.settings);
    });
  }, [load]);

  // All or nothing: one invalid field and nothing is saved, with each problem shown at its field.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    // Lockdown is a promise made before the block: it cannot be loosened while one runs.
    const [stored, flag] = await Promise.all([loadSettings(), browser.storage.local.get(FOCUS_FLAG_KEY)]);
    if (isFlagHolding(flag[FOCUS_FLAG_KEY] as FocusFlag | undefined, Date.now()) && loosensLockdown(stored.lockdown, draft.lockdown)) {
      return setResult(
        { 'lockdown.enabled': 'Lockdown cannot be loosened during a focus block.' },
        'Nothing was saved: lockdown cannot be loosened while focus is on. Try again after this block.',
      );
    }
    const result = await saveSettings(draft);
    if (result.ok) {
      setUnreadable(false);
      return setResult({}, 'Saved.');
    }
    const n = Object.keys(result.errors).length;
    setResult(result.errors, `Nothing was saved: fix the ${n === 1 ? 'problem' : `${n} problems`} marked below.`);
  };

  return (
    <main className="page">
      <h1>Heads Down options</h1>
      {unreadable && (
        <p role="alert" className="error">
          Your saved settings could not be read (a newer version of Heads Down may have saved them), so the defaults are in use.
          Saving on this page replaces them with what you see here.
        </p>
      )}
      {draft && (
        <form onSubmit={submit} noValidate aria-label="Settings">
          <FocusLengthEditor />
          <WeeklyScheduleEditor />
          <ExceptionsEditor />
          <BusinessHoursEditor />
          <LockdownEditor />
          <StatusTemplateEditor />
          <SitesEditor />
          <QuietTabsEditor />
          <div className="row sticky-save">
            <button type="submit" className="primary">
              Save
            </button>
            <p role="status" className={Object.keys(errors).length ? 'error' : 'muted'}>
              {notice}
            </p>
          </div>
        </form>
      )}
    </main>
  );
}
