import { useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage, type SaveSettingsResult } from '@/lib/messaging/protocol';
import { findOverlappingPreset, parseSiteInput, type CustomSite } from '@/lib/sites/custom-site';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { listCoveredApps } from '@/lib/sites/app-access';
import type { EditorProps } from './SettingsSection';
import { useOptions } from './settings-store';
import { SiteAccess } from './SiteAccess';

const ask = async (send: () => Promise<SaveSettingsResult>): Promise<SaveSettingsResult> => {
  try {
    return await send();
  } catch {
    return { ok: false, errors: {}, message: 'Heads Down could not reach its background. Try again.' };
  }
};

/**
 * Which apps are covered: the presets (each can be turned off, saved with the section) and
 * self-hosted apps by address (added and removed at once, since access is granted at once).
 */
export function SitesEditor({ value, edit }: EditorProps<'sites'>) {
  const adoptCustomSites = useOptions((s) => s.adoptCustomSites);
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const { disabledPresets, custom } = value;

  const add = async () => {
    const parsed = parseSiteInput(address);
    if (!parsed.ok) return setMessage({ error: true, text: parsed.error });
    if (custom.some((s) => s.pattern === parsed.pattern)) return setMessage({ error: true, text: `${parsed.name} is already covered.` });
    const preset = findOverlappingPreset(parsed.pattern, ACTIVE_PRESETS);
    if (preset) return setMessage({ error: true, text: `${parsed.name} includes ${preset.name}, which is covered already (see the list above).` });
    // Asked while the click still counts as the user's gesture: the browser shows its prompt.
    const granted = await browser.permissions.request({ origins: [parsed.pattern] });
    if (!granted) return setMessage({ error: true, text: `Access to ${parsed.name} was not granted, so it was not added.` });
    const shown = name.trim() || parsed.name;
    const result = await ask(() => sendMessage('addCustomSite', { address, name }));
    if (!result.ok) return setMessage({ error: true, text: result.message });
    await adoptCustomSites();
    setAddress('');
    setName('');
    setMessage({ error: false, text: `Added ${shown}. Reload its open tabs once.` });
  };

  const remove = async (site: CustomSite) => {
    const result = await ask(() => sendMessage('removeCustomSite', { id: site.id }));
    if (!result.ok) return setMessage({ error: true, text: result.message });
    await browser.permissions.remove({ origins: [site.pattern] }).catch(() => false);
    await adoptCustomSites();
    setMessage({ error: false, text: `Removed ${site.name}.` });
  };

  return (
    <>
      <div className="row" role="group" aria-label="Apps covered">
        {ACTIVE_PRESETS.map((preset) => (
          <label key={preset.id} className="check">
            <input
              type="checkbox"
              checked={!disabledPresets.includes(preset.id)}
              onChange={(e) =>
                edit((d) => {
                  const others = d.disabledPresets.filter((id) => id !== preset.id);
                  d.disabledPresets = e.target.checked ? others : [...others, preset.id];
                })
              }
            />
            {preset.name}
          </label>
        ))}
      </div>
      <h3>Self-hosted apps</h3>
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
      <SiteAccess apps={listCoveredApps(value, ACTIVE_PRESETS)} />
    </>
  );
}
