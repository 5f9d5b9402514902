import { addDays } from 'date-fns';
import { expandSchedule, type Occurrence } from '@/lib/focus/schedule';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/store';

export interface FocusContext {
  settings: Settings;
  /** Scheduled blocks from a day back to a week ahead. */
  occurrences: Occurrence[];
}

/** Everything a focus decision needs besides the sessions, read fresh each time. */
export async function loadFocusContext(now: Date): Promise<FocusContext> {
  const settings = await loadSettings();
  const occurrences = expandSchedule(settings.schedule, settings.businessHours, addDays(now, -1), addDays(now, 8));
  return { settings, occurrences };
}
