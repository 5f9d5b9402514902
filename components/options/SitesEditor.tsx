import { useState } from 'react';
import { browser } from 'wxt/browser';
import { findOverlappingPreset, parseSiteInput, type CustomSite } from '@/lib/sites/custom-site';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { loadStoredSettings, saveSettings } from '@/lib/settings/store';
import { useSettingsDraft } from './settings-draft';

/** Adds or removes a self-hosted app at once (access is granted now), keeping other edits as drafts. */
async function saveCustomSites(change: (custom: CustomSite[]) => CustomSite[]): Promise<string | undefined> {
  const { settings: stored, unreadable } = await loadStoredSettings();
  // Saving now would put the defaults in place of the settings it cannot read, unasked.
  if (unreadable) return 'Your saved settings could not be read (see the top of this page). Save this page first, then try again.';
  const result = await saveSettings({ ...stored, sites: { ...stored.sites, custom: change(stored.sites.custom) } });
  return result.ok ? undefined : Object.values(result.errors)[0];
}

/** Which apps are covered: the presets (each can be turned off) and self-hosted apps by address. */
export function SitesEditor() {
  const { draft, edit } = useSettingsDraft();
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  if (!draft) return null;
  const { disabledPresets, custom } = draft.sites;

  const add = async () => {
    const parsed = parseSiteInput(address);
    if (!parsed.ok) return setMessage({ error: true, text: parsed.error });
    if (custom.some((s) => s.pattern === parsed.pattern)) return setMessage({ error: true, text: `${parsed.name} is already covered.` });
    const preset = findOverlappingPreset(parsed.pattern, ACTIVE_PRESETS);
    if (preset) return setMessage({ error: true, text: `${parsed.name} includes ${preset.name}, which is covered already (see the list above).` });
    // Asked while the click still counts as the user's gesture: the browser shows its prompt.
    const granted = await browser.permissions.request({ origins: [parsed.pattern] });
    if (!granted) return setMessage({ error: true, text: `Access to ${parsed.name} was not granted, so it was not added.` });
    const site: CustomSite = { id: `site-${Date.now().toString(36)}`, name: name.trim() || parsed.name, pattern: parsed.pattern };
    const error = await saveCustomSites((list) => [...list, site]);
    if (error) return setMessage({ error: true, text: error });
    edit((d) => void d.sites.custom.push(site));
    setAddress('');
    setName('');
    setMessage({ error: false, text: `Added ${site.name}. Reload its open tabs once.` });
  };

  const remove = async (site: CustomSite) => {
    await browser.permissions.remove({ origins: [site.pattern] }).catch(() => false);
    const error = await saveCustomSites((list) => list.filter((s) => s.id !== site.id));
    if (error) return setMessage({ error: true, text: error });
    edit((d) => void (d.sites.custom = d.sites.custom.filter((s) => s.id !== site.id)));
    setMessage({ error: false, text: `Removed ${site.name}.` });
  };

  return (
    <fieldset>
      <legend>Apps</legend>
      <div className="row" role="group" aria-label="Apps covered">
        {ACTIVE_PRESETS.map((preset) => (
          <label key={preset.id} className="check">
            <input
              type="checkbox"
              checked={!disabledPresets.includes(preset.id)}
              onChange={(e) =>
                edit((d) => {
                  const others = d.sites.disabledPresets.filter((id) => id !== preset.id);
                  d.sites.disabledPresets = e.target.checked ? others : [...others, preset.id];
                })
              }
            />
            {preset.name}
          </label>
        ))}
      </div>
      <h2>Self-hosted apps</h2>
      {custom.length === 0 ? (
        <p className="muted">None yet: Mattermost, Zulip, Rocket.Chat, Element and others can be added by address.</p>
      ) : (
        <ul className="list" aria-label="Self-hosted apps">
          {custom.map((site) => (
            <li key={site.id} className="row">
              <span>
                {site.name} <span className="muted">({site.pattern})</span>
              </span>
              <button type="button" onClick={() => void remove(site)}>
                Remove<span className="visually-hidden"> {site.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row" role="group" aria-label="Add a self-hosted app">
        <label className="inline-field">
          App address
          <input type="text" value={address} placeholder="chat.example.com" onChange={(e) => setAddress(e.target.value)} />
        </label>
        <label className="inline-field">
          Name
          <input type="text" value={name} placeholder="Team chat" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" onClick={() => void add()}>
          Add app
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : undefined} aria-live="polite">
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
