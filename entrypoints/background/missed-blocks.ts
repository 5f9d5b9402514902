import { addDays } from 'date-fns';
import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { MISSED_LOOKBACK_DAYS, planMissedBlocks } from '@/lib/focus/missed-blocks';
import { expandSchedule } from '@/lib/focus/schedule';
import { loadSettings } from '@/lib/settings/store';

const LAST_SEEN_KEY = 'backgroundLastSeenAt';

/** On each sync: scheduled blocks missed since the background last ran are stored, not observed. */
export async function recordMissedBlocks(clock: Clock): Promise<number> {
  const now = clock();
  const lastSeen = (await browser.storage.local.get(LAST_SEEN_KEY))[LAST_SEEN_KEY] as number | undefined;
  await browser.storage.local.set({ [LAST_SEEN_KEY]: now.getTime() });
  // The first run ever has nothing to catch up: blocks before the install were never planned here.
  if (lastSeen === undefined || lastSeen >= now.getTime()) return 0;
  const from = Math.max(lastSeen, addDays(now, -MISSED_LOOKBACK_DAYS).getTime());
  const settings = await loadSettings();
  const occurrences = expandSchedule(settings.schedule, settings.businessHours, new Date(from), now);
  if (occurrences.length === 0) return 0;
  return db.transaction('rw', db.sessions, async () => {
    const recorded = new Set((await db.sessions.where('start').aboveOrEqual(from).toArray()).map((s) => s.scheduleKey).filter((k): k is string => !!k));
    const missed = planMissedBlocks(occurrences, recorded, from, now);
    await db.sessions.bulkAdd(missed);
    return missed.length;
  });
}
