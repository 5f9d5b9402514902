import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { endOverdueSessions, readFocusState } from '@/lib/db/sessions-repo';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatActionTitle, formatBadgeText } from '@/lib/focus/status-text';
import { FOCUS_FLAG_KEY, type FocusFlag } from '@/lib/messaging/focus-flag';
import type { FocusStatus } from '@/lib/messaging/protocol';
import { releasePendingDigests } from './digest-notification';

export const FOCUS_END_ALARM = 'focus-end';
export const BADGE_TICK_ALARM = 'badge-tick';

const BADGE_COLOR = '#5b3cc4';

/**
 * Brings everything the browser shows in line with the database and the clock: ends blocks whose
 * time has passed (also after sleep or a closed browser), shows their digests, and re-creates the
 * alarms. Safe to call any number of times, from any event: nothing here lives in memory.
 */
export async function syncFocus(clock: Clock): Promise<FocusStatus> {
  await endOverdueSessions(db, clock());
  const state = await readFocusState(db, clock());
  await Promise.all([publishState(state, clock()), releasePendingDigests()]);
  return toStatus(state);
}

export function toStatus(state: FocusState): FocusStatus {
  return { on: state.on, until: state.on ? state.until.getTime() : null };
}

async function publishState(state: FocusState, now: Date): Promise<void> {
  const flag: FocusFlag = { until: state.on ? state.until.getTime() : null };
  await Promise.all([
    browser.storage.local.set({ [FOCUS_FLAG_KEY]: flag }),
    browser.action.setBadgeText({ text: formatBadgeText(state, now) }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    browser.action.setTitle({ title: formatActionTitle(state) }),
    scheduleAlarms(state),
  ]);
}

async function scheduleAlarms(state: FocusState): Promise<void> {
  if (!state.on) {
    await Promise.all([browser.alarms.clear(FOCUS_END_ALARM), browser.alarms.clear(BADGE_TICK_ALARM)]);
    return;
  }
  await browser.alarms.create(FOCUS_END_ALARM, { when: state.until.getTime() });
  // The badge shows minutes left, so it needs a refresh each minute while focus is on.
  const tick = await browser.alarms.get(BADGE_TICK_ALARM);
  if (!tick) await browser.alarms.create(BADGE_TICK_ALARM, { periodInMinutes: 1 });
}
