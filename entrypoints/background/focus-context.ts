import { addDays } from 'date-fns';
import { expandSchedule, type Occurrence } from '@/lib/focus/schedule';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/store';
import { zoneSignature } from '@/lib/time/zone-signature';

export interface FocusContext {
  settings: Settings;
  /** Scheduled blocks from a day back to a week ahead. */
  occurrences: Occurrence[];
}

const expand = (settings: Settings, now: Date) => expandSchedule(settings.schedule, settings.businessHours, addDays(now, -1), addDays(now, 8));

/** Everything a focus decision needs besides the sessions, read fresh each time. */
export async function loadFocusContext(now: Date): Promise<FocusContext> {
  const settings = await loadSettings();
  return { settings, occurrences: expand(settings, now) };
}

// Capture runs for every notification a page shows during focus, and the settings and the
// schedule rarely change, so capture reuses what it read (reading, checking and expanding them
// was a millisecond of each capture). This is derived state only: a stopped worker reads again.
// It is forgotten on every settings write, the background's own (settings-writer.ts) at once and
// any other through storage.onChanged (index.ts). The schedule's expansion (a day back, a week
// ahead) is redone after an hour of clock time, when the clock goes back, or when the system's
// time zone changes.
const REEXPAND_AFTER_MS = 60 * 60_000;
let settingsRead: Promise<Settings> | undefined;
let expanded: { settings: Settings; zone: string; at: number; occurrences: Occurrence[] } | undefined;

export function forgetCachedSettings(): void {
  settingsRead = undefined;
  expanded = undefined;
}

/**
 * The settings, from memory while no write has changed them: for what runs at every covered page
 * load or notification during focus (capture, a tab registering). Shared until forgotten: read,
 * never changed by its users.
 */
export async function loadCachedSettings(): Promise<Settings> {
  const read = (settingsRead ??= loadSettings());
  try {
    return await read;
  } catch (error) {
    if (settingsRead === read) settingsRead = undefined;
    throw error;
  }
}

/** The focus context for capture: as loadFocusContext, from memory while nothing has changed. */
export async function loadCachedFocusContext(now: Date): Promise<FocusContext> {
  const settings = await loadCachedSettings();
  const zone = zoneSignature();
  const at = now.getTime();
  const fresh = expanded && expanded.settings === settings && expanded.zone === zone && at >= expanded.at && at - expanded.at < REEXPAND_AFTER_MS;
  if (!fresh) expanded = { settings, zone, at, occurrences: expand(settings, now) };
  return { settings, occurrences: expanded!.occurrences };
}
