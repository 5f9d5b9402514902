import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { writeSections } from '@/lib/settings/store';

/** The default settings with a change, a fresh copy every time. */
export function settingsWith(change: (s: Settings) => void = () => {}): Settings {
  const settings = defaultSettings();
  change(settings);
  return settings;
}

/** Stores every section as the background would (the fake browser's storage.local). */
export async function storeSettings(change: (s: Settings) => void = () => {}): Promise<Settings> {
  const settings = settingsWith(change);
  await writeSections(settings, 1);
  return settings;
}
