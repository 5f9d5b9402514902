import type { EditorProps } from './SettingsSection';

/** Muting tabs and hiding unread counts while focus is on. */
export function QuietTabsEditor({ value, edit }: EditorProps<'quiet'>) {
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={value.muteTabs} onChange={(e) => edit((d) => void (d.muteTabs = e.target.checked))} />
        Mute chat and mail tabs during focus (tabs you muted yourself stay muted)
      </label>
      <label className="check">
        <input type="checkbox" checked={value.hideUnreadCounts} onChange={(e) => edit((d) => void (d.hideUnreadCounts = e.target.checked))} />
        Hide unread counts such as “(3)” in tab titles during focus
      </label>
    </>
  );
}
