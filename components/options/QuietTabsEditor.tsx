import { useSettingsDraft } from './settings-draft';

/** Muting tabs and hiding unread counts while focus is on. */
export function QuietTabsEditor() {
  const { draft, edit } = useSettingsDraft();
  if (!draft) return null;
  return (
    <fieldset>
      <legend>Quiet tabs during focus</legend>
      <label className="check">
        <input type="checkbox" checked={draft.quiet.muteTabs} onChange={(e) => edit((d) => void (d.quiet.muteTabs = e.target.checked))} />
        Mute chat and mail tabs (tabs you muted yourself stay muted)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.quiet.hideUnreadCounts}
          onChange={(e) => edit((d) => void (d.quiet.hideUnreadCounts = e.target.checked))}
        />
        Hide unread counts such as “(3)” in tab titles
      </label>
    </fieldset>
  );
}
