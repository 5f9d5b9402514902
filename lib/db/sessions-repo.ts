import { subHours } from 'date-fns';
import type { AppDB } from './app-db';
import { getFocusState, type FocusState } from '../focus/focus-state';
import type { Occurrence } from '../focus/schedule';
import {
  endSession,
  getOverdueSessions,
  planManualSession,
  sessionForOccurrence,
  type FocusSession,
  type ManualEnd,
} from '../focus/session';

/**
 * The sessions that can matter now: every active one, and recent ones (a scheduled block the
 * user ended early must stay ended; the schedule is expanded from a day back).
 */
export function getRelevantSessions(db: AppDB, now: Date): Promise<FocusSession[]> {
  // One read (both indexes in one transaction, each session once): capture reads this for every
  // notification during focus.
  return db.sessions.where('start').above(subHours(now, 48).getTime()).or('status').equals('active').toArray();
}

/** Only the running and planned sessions: what can still end, be extended or be overdue. */
export function getActiveSessions(db: AppDB): Promise<FocusSession[]> {
  return db.sessions.where('status').equals('active').toArray();
}

export async function readFocusState(db: AppDB, now: Date, occurrences: readonly Occurrence[] = []): Promise<FocusState> {
  return getFocusState(await getRelevantSessions(db, now), now, occurrences);
}

/**
 * The current block with every scheduled part of it stored as a session, so that held
 * notifications, extensions and early ends have a session to belong to. Runs in a transaction:
 * two wake-ups racing store each scheduled block once.
 */
export function storeRunningBlock(db: AppDB, now: Date, occurrences: readonly Occurrence[]): Promise<FocusState> {
  return db.transaction('rw', db.sessions, async () => {
    const state = await readFocusState(db, now, occurrences);
    if (!state.on || state.occurrences.length === 0) return state;
    await db.sessions.bulkAdd(state.occurrences.map(sessionForOccurrence));
    return readFocusState(db, now, occurrences);
  });
}

/** Starts a manual block unless focus is already on (a double click must not stack blocks). */
export async function startManualSession(
  db: AppDB,
  now: Date,
  end: ManualEnd,
  occurrences: readonly Occurrence[] = [],
): Promise<FocusState> {
  const session = planManualSession(now, end);
  return db.transaction('rw', db.sessions, async () => {
    const state = await readFocusState(db, now, occurrences);
    if (state.on) return state;
    await db.sessions.add(session);
    return readFocusState(db, now, occurrences);
  });
}

/**
 * Ends sessions in one transaction and returns the ones this call ended, so that when two wake-ups
 * race (an alarm and a service-worker start), only one of them sees each session end.
 */
export function endOverdueSessions(db: AppDB, now: Date): Promise<FocusSession[]> {
  return db.transaction('rw', db.sessions, async () => {
    const ended = getOverdueSessions(await getActiveSessions(db), now).map((s) => endSession(s, 'time', now));
    await db.sessions.bulkPut(ended);
    return ended;
  });
}

/**
 * End focus now: every session of the current block that has started. A scheduled block later on
 * stays planned, even if it touches this one.
 */
export function endRunningSessions(
  db: AppDB,
  now: Date,
  occurrences: readonly Occurrence[] = [],
  note?: string,
): Promise<FocusSession[]> {
  return db.transaction('rw', db.sessions, async () => {
    const state = await storeRunningBlock(db, now, occurrences);
    if (!state.on) return [];
    const running = (await getActiveSessions(db)).filter(
      (s) => s.id !== undefined && state.sessionIds.includes(s.id) && s.start <= now.getTime(),
    );
    const ended = running.map((s) => endSession(s, 'user', now, note));
    await db.sessions.bulkPut(ended);
    return ended;
  });
}

/** Moves the end of the current block later; returns the new state (unchanged if focus is off). */
export function extendRunningBlock(
  db: AppDB,
  now: Date,
  occurrences: readonly Occurrence[],
  minutes: number,
): Promise<FocusState> {
  return db.transaction('rw', db.sessions, async () => {
    const state = await storeRunningBlock(db, now, occurrences);
    if (!state.on) return state;
    const parts = (await getActiveSessions(db)).filter((s) => s.id !== undefined && state.sessionIds.includes(s.id));
    const last = parts.reduce((a, b) => (b.plannedEnd > a.plannedEnd ? b : a));
    await db.sessions.update(last.id!, { plannedEnd: state.until.getTime() + minutes * 60_000 });
    return readFocusState(db, now, occurrences);
  });
}

/** Ended sessions whose end-of-block release has not happened yet. */
export function getSessionsAwaitingDigest(db: AppDB): Promise<FocusSession[]> {
  return db.sessions.where('digestPending').equals(1).toArray();
}
