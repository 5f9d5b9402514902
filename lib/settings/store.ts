import { browser } from 'wxt/browser';
import { readStoredSettings, validateSettings, type Settings, type SettingsValidation, type StoredSettings } from './schema';

const SETTINGS_KEY = 'settings';

// Parsing (with the schedule's checks) runs on every captured notification; the stored text
// rarely changes, so the last result is reused while the text is the same. A copy is handed out
// so no caller can change what the next one gets.
let lastParsed: { raw: string; stored: StoredSettings } | undefined;

export async function loadSettings(): Promise<Settings> {
  return (await loadStoredSettings()).settings;
}

/** The settings, and whether the stored ones could be read at all (see StoredSettings). */
export async function loadStoredSettings(): Promise<StoredSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const raw = JSON.stringify(stored[SETTINGS_KEY] ?? null);
  if (lastParsed?.raw !== raw) lastParsed = { raw, stored: readStoredSettings(stored[SETTINGS_KEY]) };
  return structuredClone(lastParsed.stored);
}

/** Saves only a fully valid settings object, so a bad edit never lands half-way. */
export async function saveSettings(candidate: unknown): Promise<SettingsValidation> {
  const result = validateSettings(candidate);
  if (result.ok) await browser.storage.local.set({ [SETTINGS_KEY]: result.settings });
  return result;
}
