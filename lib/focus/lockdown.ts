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

/**
 * How many times the user ended focus early on `now`'s day. One End ends every part of a merged
 * block at the same moment, so it counts once.
 */
export function countEarlyEndsToday(sessions: readonly FocusSession[], now: Date): number {
  const ends = sessions.filter((s) => s.endReason === 'user' && s.actualEnd !== undefined && isSameDay(s.actualEnd, now));
  return new Set(ends.map((s) => s.actualEnd)).size;
}

/** Would these settings make ending early easier? Not allowed while a block runs. */
export function loosensLockdown(current: LockdownSettings, next: LockdownSettings): boolean {
  if (!current.enabled) return false;
  if (!next.enabled || next.delaySeconds < current.delaySeconds) return true;
  if (current.maxEarlyEndsPerDay === null) return false;
  return next.maxEarlyEndsPerDay === null || next.maxEarlyEndsPerDay > current.maxEarlyEndsPerDay;
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
