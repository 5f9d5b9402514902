import { addMinutes } from 'date-fns';

/** Why a focus block stopped: its planned end passed, or the user ended it early. */
export type SessionEndReason = 'time' | 'user';

/**
 * One focus block, stored so that "is focus on?" can always be re-derived from the database and the
 * clock (the background keeps nothing in memory). Times are epoch milliseconds.
 */
export interface FocusSession {
  id?: number;
  kind: 'manual' | 'scheduled';
  /** For a scheduled block: the occurrence it records (see lib/focus/schedule.ts). */
  scheduleKey?: string;
  start: number;
  plannedEnd: number;
  status: 'active' | 'ended';
  actualEnd?: number;
  endReason?: SessionEndReason;
  /** Why the user ended it early, when lockdown asks. */
  endNote?: string;
  /** 1 while the end-of-block summary has not been shown yet (absent otherwise: a sparse index). */
  digestPending?: 1;
  /** false: a scheduled block that passed while the browser was closed (lib/focus/missed-blocks.ts). */
  observed?: false;
}

export const MIN_FOCUS_MINUTES = 1;
export const MAX_FOCUS_MINUTES = 12 * 60;

/** Where a manual block ends: after a number of minutes, or at a given time. */
export type ManualEnd = { minutes: number } | { until: number };

export function getManualEnd(now: Date, end: ManualEnd): Date {
  if ('until' in end) return new Date(end.until);
  if (!Number.isFinite(end.minutes) || end.minutes < MIN_FOCUS_MINUTES || end.minutes > MAX_FOCUS_MINUTES) {
    throw new RangeError(`A focus block lasts ${MIN_FOCUS_MINUTES} to ${MAX_FOCUS_MINUTES} minutes.`);
  }
  return addMinutes(now, end.minutes);
}

export function planManualSession(now: Date, end: ManualEnd): FocusSession {
  const plannedEnd = getManualEnd(now, end).getTime();
  if (!Number.isFinite(plannedEnd) || plannedEnd <= now.getTime()) {
    throw new RangeError('A focus block must end in the future.');
  }
  if (plannedEnd - now.getTime() > MAX_FOCUS_MINUTES * 60_000) {
    throw new RangeError(`A focus block lasts at most ${MAX_FOCUS_MINUTES / 60} hours.`);
  }
  return { kind: 'manual', start: now.getTime(), plannedEnd, status: 'active' };
}

/** Active sessions whose planned end has passed (the browser was closed or the machine slept). */
export function getOverdueSessions(sessions: readonly FocusSession[], now: Date): FocusSession[] {
  return sessions.filter((s) => s.status === 'active' && s.plannedEnd <= now.getTime());
}

/** The session as it looks once ended: on time at its planned end, or early by the user now. */
export function endSession(session: FocusSession, reason: SessionEndReason, now: Date, note?: string): FocusSession {
  const actualEnd = reason === 'time' ? session.plannedEnd : Math.min(now.getTime(), session.plannedEnd);
  return { ...session, status: 'ended', actualEnd, endReason: reason, digestPending: 1, ...(note ? { endNote: note } : {}) };
}

/** The stored record of a scheduled block, created when it is first seen running. */
export function sessionForOccurrence(occurrence: { key: string; start: number; end: number }): FocusSession {
  return { kind: 'scheduled', scheduleKey: occurrence.key, start: occurrence.start, plannedEnd: occurrence.end, status: 'active' };
}
