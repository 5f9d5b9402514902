import { browser } from 'wxt/browser';
import { readSettings, validateSettings, type Settings, type SettingsValidation } from './schema';

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Saves only a fully valid settings object, so a bad edit never lands half-way. */
export async function saveSettings(candidate: unknown): Promise<SettingsValidation> {
  const result = validateSettings(candidate);
  if (result.ok) await browser.storage.local.set({ [SETTINGS_KEY]: result.settings });
  return result;
}
