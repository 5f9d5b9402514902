import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { getRelevantSessions, storeRunningBlock } from '@/lib/db/sessions-repo';
import { getFocusState, type FocusState } from '@/lib/focus/focus-state';
import { getHoldState, type HoldState } from '@/lib/hold/hold-state';
import { createSerialQueue } from '@/lib/serial-queue';
import type { Settings } from '@/lib/settings/settings';
import { loadCachedFocusContext, loadFocusContext, type FocusContext } from './focus-context';

export interface EngineState extends FocusContext {
  now: Date;
  focus: FocusState;
  hold: HoldState;
}

export const holdStateFor = (focus: FocusState, settings: Settings, now: Date): HoldState =>
  getHoldState(focus, { enabled: settings.digest.batching, hours: settings.businessHours }, now);

/**
 * Everything a decision needs, read fresh: the settings, the schedule, focus and holding. With
 * `store`, a scheduled block that has started is stored as a session first (a write, so only
 * where a session must exist: a sync, a capture). With `cached` (capture), the settings and the
 * expanded schedule come from memory while they have not changed (focus-context.ts); the
 * sessions are always read.
 */
export async function readEngineState(clock: Clock, { store = false, cached = false } = {}): Promise<EngineState> {
  const now = clock();
  // The sessions do not depend on the settings: both reads at once.
  const [context, sessions] = await Promise.all([cached ? loadCachedFocusContext(now) : loadFocusContext(now), getRelevantSessions(db, now)]);
  let focus = getFocusState(sessions, now, context.occurrences);
  if (store && focus.on && focus.occurrences.length > 0) focus = await storeRunningBlock(db, now, context.occurrences);
  return { ...context, now, focus, hold: holdStateFor(focus, context.settings, now) };
}

/**
 * The full sync, the release and the badge tick each read the state and then act on the
 * browser: one at a time, or an older one could publish "off" after a newer one published "on".
 */
export const serially = createSerialQueue();
