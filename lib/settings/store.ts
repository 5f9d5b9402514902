import { browser } from 'wxt/browser';
import { readSettings, validateSettings, type Settings, type SettingsValidation } from './schema';

const SETTINGS_KEY = 'settings';

// Parsing (with the schedule's checks) runs on every captured notification; the stored text
// rarely changes, so the last result is reused while the text is the same. A copy is handed out
// so no caller can change what the next one gets.
let lastParsed: { raw: string; settings: Settings } | undefined;

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const raw = JSON.stringify(stored[SETTINGS_KEY] ?? null);
  if (lastParsed?.raw !== raw) lastParsed = { raw, settings: readSettings(stored[SETTINGS_KEY]) };
  return structuredClone(lastParsed.settings);
}

/** Saves only a fully valid settings object, so a bad edit never lands half-way. */
export async function saveSettings(candidate: unknown): Promise<SettingsValidation> {
  const result = validateSettings(candidate);
  if (result.ok) await browser.storage.local.set({ [SETTINGS_KEY]: result.settings });
  return result;
}
