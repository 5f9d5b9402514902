import { isSameDay } from 'date-fns';
import type { FocusSession } from './session';

export interface LockdownSettings {
  enabled: boolean;
  /** How long the End focus button stays disabled after a reason is typed. */
  delaySeconds: number;
  /** Early ends allowed per day; null for no limit. */
  maxEarlyEndsPerDay: number | null;
}

export const MAX_REASON_CHARS = 500;

export type EarlyEndCheck = { ok: true; reason?: string } | { ok: false; error: string };

/** How many blocks the user ended early on `now`'s day. */
export function countEarlyEndsToday(sessions: readonly FocusSession[], now: Date): number {
  return sessions.filter((s) => s.endReason === 'user' && s.actualEnd !== undefined && isSameDay(s.actualEnd, now)).length;
}

/**
 * May focus end early now? Without lockdown, always. With it, only with a typed reason and while
 * the day's allowance lasts. The waiting time is the popup's to enforce.
 */
export function checkEarlyEnd(lockdown: LockdownSettings, reason: string | undefined, earlyEndsToday: number): EarlyEndCheck {
  const text = reason?.trim().slice(0, MAX_REASON_CHARS) || undefined;
  if (!lockdown.enabled) return { ok: true, reason: text };
  if (!text) return { ok: false, error: 'Lockdown is on: say why you are ending focus early.' };
  if (lockdown.maxEarlyEndsPerDay !== null && earlyEndsToday >= lockdown.maxEarlyEndsPerDay) {
    const n = lockdown.maxEarlyEndsPerDay;
    return { ok: false, error: `Lockdown allows ${n} early end${n === 1 ? '' : 's'} a day, and today's ${n === 1 ? 'is' : 'are'} used up.` };
  }
  return { ok: true, reason: text };
}
