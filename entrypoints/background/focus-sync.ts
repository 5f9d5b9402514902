import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { endOverdueSessions, storeRunningBlock } from '@/lib/db/sessions-repo';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatActionTitle, formatBadgeText } from '@/lib/focus/status-text';
import { FOCUS_FLAG_KEY, toFocusFlag } from '@/lib/messaging/focus-flag';
import type { FocusStatus } from '@/lib/messaging/protocol';
import { createSerialQueue } from '@/lib/serial-queue';
import { syncContentScripts } from './content-scripts';
import { releasePendingDigests } from './digest-notification';
import { loadFocusContext } from './focus-context';
import { quietTabs } from './quiet-tabs';

export const FOCUS_END_ALARM = 'focus-end';
export const FOCUS_START_ALARM = 'focus-start';
export const BADGE_TICK_ALARM = 'badge-tick';
/** A slow heartbeat that catches what no event reports: a changed time zone, a clock jump. */
export const RESYNC_ALARM = 'resync';
export const SYNC_ALARMS = [FOCUS_END_ALARM, FOCUS_START_ALARM, BADGE_TICK_ALARM, RESYNC_ALARM];

const BADGE_COLOR = '#5b3cc4';

/**
 * Brings everything the browser shows in line with the database, the schedule and the clock: ends
 * blocks whose time has passed (also after sleep or a closed browser), stores scheduled blocks as
 * they start, places the bridge in covered pages while focus is on, shows the digest once focus
 * is over, and re-creates the alarms. Safe to call any number of times, from any event: nothing
 * here lives in memory.
 */
export function syncFocus(clock: Clock): Promise<FocusStatus> {
  return serially(() => sync(clock));
}

// Syncs come together (the worker's start, a popup's message that woke it, alarms, a settings
// change): one at a time, each reading the state afresh, or an older one could publish "off"
// after a newer one published "on", or two could register the same script.
const serially = createSerialQueue();

async function sync(clock: Clock): Promise<FocusStatus> {
  const { settings, occurrences } = await loadFocusContext(clock());
  await endOverdueSessions(db, clock());
  const state = await storeRunningBlock(db, clock(), occurrences);
  // The bridge is in the pages before the flag says focus: when the popup shows "Focus until",
  // pages opened from then on are held, and open ones hear the flag from their new bridge.
  await syncContentScripts(state.on, settings).catch((error: unknown) => console.error('Heads Down: content scripts not synced', error));
  await publishState(state, clock(), settings.quiet.hideUnreadCounts);
  await quietTabs(state.on, settings);
  // One summary when the whole block is over, not when a part of a merged block ends.
  if (!state.on) await releasePendingDigests();
  return toStatus(state);
}

function toStatus(state: FocusState): FocusStatus {
  return { on: state.on, until: state.on ? state.until.getTime() : null };
}

async function publishState(state: FocusState, now: Date, hideCounts: boolean): Promise<void> {
  await Promise.all([
    browser.storage.local.set({ [FOCUS_FLAG_KEY]: toFocusFlag(state, hideCounts) }),
    browser.action.setBadgeText({ text: formatBadgeText(state, now) }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    browser.action.setTitle({ title: formatActionTitle(state, now) }),
    scheduleAlarms(state),
  ]);
}

async function scheduleAlarms(state: FocusState): Promise<void> {
  if (!(await browser.alarms.get(RESYNC_ALARM))) await browser.alarms.create(RESYNC_ALARM, { periodInMinutes: 5 });
  if (state.on) {
    await browser.alarms.clear(FOCUS_START_ALARM);
    await browser.alarms.create(FOCUS_END_ALARM, { when: state.until.getTime() });
    // The badge shows minutes left, so it needs a refresh each minute while focus is on.
    if (!(await browser.alarms.get(BADGE_TICK_ALARM))) await browser.alarms.create(BADGE_TICK_ALARM, { periodInMinutes: 1 });
    return;
  }
  await Promise.all([browser.alarms.clear(FOCUS_END_ALARM), browser.alarms.clear(BADGE_TICK_ALARM)]);
  if (state.next) await browser.alarms.create(FOCUS_START_ALARM, { when: state.next.getTime() });
  else await browser.alarms.clear(FOCUS_START_ALARM);
}
