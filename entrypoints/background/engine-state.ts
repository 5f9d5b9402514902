import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { readFocusState, storeRunningBlock } from '@/lib/db/sessions-repo';
import type { FocusState } from '@/lib/focus/focus-state';
import { getHoldState, type HoldState } from '@/lib/hold/hold-state';
import { createSerialQueue } from '@/lib/serial-queue';
import type { Settings } from '@/lib/settings/settings';
import { loadFocusContext, type FocusContext } from './focus-context';

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
 * where a session must exist: a sync, a capture).
 */
export async function readEngineState(clock: Clock, { store = false } = {}): Promise<EngineState> {
  const now = clock();
  const context = await loadFocusContext(now);
  let focus = await readFocusState(db, now, context.occurrences);
  if (store && focus.on && focus.occurrences.length > 0) focus = await storeRunningBlock(db, now, context.occurrences);
  return { ...context, now, focus, hold: holdStateFor(focus, context.settings, now) };
}

/**
 * The full sync, the release and the badge tick each read the state and then act on the
 * browser: one at a time, or an older one could publish "off" after a newer one published "on".
 */
export const serially = createSerialQueue();
