import type { AppDB } from './app-db';
import { getFocusState, type FocusState } from '../focus/focus-state';
import { endSession, getOverdueSessions, planManualSession, type FocusSession, type ManualEnd } from '../focus/session';

export function getActiveSessions(db: AppDB): Promise<FocusSession[]> {
  return db.sessions.where('status').equals('active').toArray();
}

export async function readFocusState(db: AppDB, now: Date): Promise<FocusState> {
  return getFocusState(await getActiveSessions(db), now);
}

/** Starts a manual block unless one is already running (a double click must not stack blocks). */
export async function startManualSession(db: AppDB, now: Date, end: ManualEnd): Promise<FocusState> {
  const session = planManualSession(now, end);
  return db.transaction('rw', db.sessions, async () => {
    const state = await readFocusState(db, now);
    if (state.on) return state;
    await db.sessions.add(session);
    return readFocusState(db, now);
  });
}

/**
 * Ends sessions in one transaction and returns the ones this call ended, so that when two wake-ups
 * race (an alarm and a service-worker start), only one of them sees each session end.
 */
async function endWhere(
  db: AppDB,
  pick: (active: FocusSession[]) => FocusSession[],
  reason: 'time' | 'user',
  now: Date,
): Promise<FocusSession[]> {
  return db.transaction('rw', db.sessions, async () => {
    const ended = pick(await getActiveSessions(db)).map((s) => endSession(s, reason, now));
    await db.sessions.bulkPut(ended);
    return ended;
  });
}

export function endOverdueSessions(db: AppDB, now: Date): Promise<FocusSession[]> {
  return endWhere(db, (active) => getOverdueSessions(active, now), 'time', now);
}

/** End focus now: every running session, and any that would have chained on from it. */
export function endRunningSessions(db: AppDB, now: Date): Promise<FocusSession[]> {
  return endWhere(
    db,
    (active) => {
      const state = getFocusState(active, now);
      return state.on ? active.filter((s) => s.id !== undefined && state.sessionIds.includes(s.id)) : [];
    },
    'user',
    now,
  );
}

export function getSessionsAwaitingDigest(db: AppDB): Promise<FocusSession[]> {
  return db.sessions.where('digestPending').equals(1).toArray();
}

export async function markDigestShown(db: AppDB, sessionIds: number[]): Promise<void> {
  await db.sessions.where('id').anyOf(sessionIds).modify((s) => {
    delete s.digestPending;
  });
}
