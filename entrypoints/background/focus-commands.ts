import { browser, type Browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { endRunningSessions, extendRunningBlock, getRelevantSessions, startManualSession } from '@/lib/db/sessions-repo';
import { checkEarlyEnd, countEarlyEndsToday } from '@/lib/focus/lockdown';
import { getNextBreak } from '@/lib/focus/next-break';
import type { ManualEnd } from '@/lib/focus/session';
import type { FocusResult, StartFocusRequest } from '@/lib/messaging/protocol';
import { loadFocusContext } from './focus-context';
import { syncFocus } from './focus-sync';

export const MAX_EXTEND_MINUTES = 120;

/** Only the extension's own pages may start or end focus; content scripts never may. */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

const refused = (error: string): FocusResult => ({ ok: false, error });

export async function startFocus(request: StartFocusRequest, clock: Clock): Promise<FocusResult> {
  const now = clock();
  const { settings, occurrences } = await loadFocusContext(now);
  let end: ManualEnd;
  if ('until' in request && typeof request.until === 'number') {
    end = { until: request.until };
  } else if ('untilNextBreak' in request) {
    const nextBreak = getNextBreak(now, occurrences, settings.businessHours);
    if (!nextBreak) return refused('No scheduled break is ahead today.');
    end = { until: nextBreak.getTime() };
  } else {
    const minutes = 'minutes' in request ? request.minutes : undefined;
    end = { minutes: typeof minutes === 'number' ? minutes : settings.focus.defaultMinutes };
  }
  try {
    await startManualSession(db, now, end, occurrences);
  } catch (error) {
    if (error instanceof RangeError) return refused(error.message);
    throw error;
  }
  return { ok: true, status: await syncFocus(clock) };
}

/** Ending early: free without lockdown; with it, only with a reason and within the day's allowance. */
export async function endFocus(reason: string | undefined, clock: Clock): Promise<FocusResult> {
  const now = clock();
  const { settings, occurrences } = await loadFocusContext(now);
  const earlyEnds = countEarlyEndsToday(await getRelevantSessions(db, now), now);
  const check = checkEarlyEnd(settings.lockdown, typeof reason === 'string' ? reason : undefined, earlyEnds);
  if (!check.ok) return check;
  await endRunningSessions(db, now, occurrences, check.reason);
  return { ok: true, status: await syncFocus(clock) };
}

export async function extendFocus(minutes: number, clock: Clock): Promise<FocusResult> {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_EXTEND_MINUTES) {
    return refused(`Extend by 1 to ${MAX_EXTEND_MINUTES} minutes.`);
  }
  const now = clock();
  const { occurrences } = await loadFocusContext(now);
  await extendRunningBlock(db, now, occurrences, minutes);
  return { ok: true, status: await syncFocus(clock) };
}

/** Keyboard shortcuts: the same actions, with a system notification when lockdown says no. */
export async function runCommand(command: string, clock: Clock): Promise<void> {
  const result =
    command === 'start-focus' ? await startFocus({}, clock) : command === 'end-focus' ? await endFocus(undefined, clock) : undefined;
  if (result && !result.ok) {
    await browser.notifications.create('command-refused', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Heads Down',
      message: result.error,
    });
  }
}
