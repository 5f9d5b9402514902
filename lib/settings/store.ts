import { browser } from 'wxt/browser';
import { LEGACY_SETTINGS_KEY } from './legacy';
import { sectionKey, toStored, type SectionDef, type StoredSection } from './section';
import { SECTIONS, type SectionName } from './sections';
import { readSettings, SETTINGS_STORAGE_KEYS, type Settings, type StoredSettings } from './settings';

// Settings are read on every captured notification, and parsing them (with the schedule's
// checks) is the expensive part; the stored text rarely changes, so the last result is reused
// while the text is the same. A copy is handed out so no caller can change what the next one gets.
let lastRead: { raw: string; stored: StoredSettings } | undefined;

/** The settings, and which sections could not be read (see StoredSettings). Any context may read. */
export async function loadStoredSettings(): Promise<StoredSettings> {
  const record = await browser.storage.local.get(SETTINGS_STORAGE_KEYS);
  const raw = JSON.stringify(record);
  if (lastRead?.raw !== raw) lastRead = { raw, stored: readSettings(record) };
  return structuredClone(lastRead.stored);
}

export async function loadSettings(): Promise<Settings> {
  return (await loadStoredSettings()).settings;
}

/** Is a storage change one of the settings? */
export const isSettingsChange = (changes: Record<string, unknown>) => SETTINGS_STORAGE_KEYS.some((key) => key in changes);

/**
 * Stores sections, all in one write. The background alone calls this (pages ask it with the
 * saveSettings message), after lib/settings/plan-change.ts has said yes.
 */
export async function writeSections(writes: Partial<Settings>, savedAt: number): Promise<Record<string, StoredSection & { savedAt: number }>> {
  const items = Object.fromEntries(
    Object.entries(writes).map(([name, value]) => [sectionKey(name), { ...toStored(SECTIONS[name as SectionName] as SectionDef<unknown>, value), savedAt }]),
  );
  if (Object.keys(items).length > 0) await browser.storage.local.set(items);
  return items;
}

/**
 * Settings saved by a version before sections are split into sections once, and the old object
 * is removed when every part of it found a home. A part that cannot be read stays where it is,
 * so that the options page can say so and nothing is replaced silently.
 */
export async function splitLegacySettings(): Promise<void> {
  const record = await browser.storage.local.get(SETTINGS_STORAGE_KEYS);
  if (record[LEGACY_SETTINGS_KEY] === undefined) return;
  const { settings, problems } = readSettings(record);
  const writes: Partial<Settings> = {};
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    if (record[sectionKey(name)] === undefined && !problems[name]) Object.assign(writes, { [name]: settings[name] });
  }
  await writeSections(writes, 0);
  if (Object.keys(problems).length === 0) await browser.storage.local.remove(LEGACY_SETTINGS_KEY);
}
