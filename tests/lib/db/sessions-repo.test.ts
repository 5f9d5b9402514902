import { describe, expect, test } from 'vitest';
import { withFreshDb } from './fresh-db';
import {
  endOverdueSessions,
  endRunningSessions,
  getRelevantSessions,
  getSessionsAwaitingDigest,
  readFocusState,
  startManualSession,
} from '@/lib/db/sessions-repo';
import type { FocusSession } from '@/lib/focus/session';

const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`);
const active = (start: string, end: string): FocusSession => ({
  kind: 'manual',
  start: at(start).getTime(),
  plannedEnd: at(end).getTime(),
  status: 'active',
});

const fresh = withFreshDb();

test('the sessions that can matter now: every active one however old, and every one from the last 48 hours, each once', async () => {
  const now = at('10:00');
  const hoursAgo = (h: number) => now.getTime() - h * 3_600_000;
  const session = (name: string, start: number, status: FocusSession['status']): FocusSession =>
    ({ kind: 'manual', start, plannedEnd: start + 3_600_000, status, ...(status === 'ended' ? { actualEnd: start + 3_600_000, endReason: 'time' } : {}), note: name }) as FocusSession;
  await fresh.db.sessions.bulkAdd([
    session('active, started 3 days ago', hoursAgo(72), 'active'),
    session('ended 3 days ago', hoursAgo(72), 'ended'),
    session('ended yesterday', hoursAgo(20), 'ended'),
    session('active, started now', now.getTime(), 'active'),
  ]);
  const found = await getRelevantSessions(fresh.db, now);
  expect(found.map((s) => (s as unknown as { note: string }).note).sort()).toEqual(['active, started 3 days ago', 'active, started now', 'ended yesterday']);
});

describe('startManualSession', () => {
  test.each([
    {
      name: 'a second click a minute later',
      start: () =>
        startManualSession(fresh.db, at('10:00'), { minutes: 50 }).then(() =>
          startManualSession(fresh.db, at('10:01'), { minutes: 25 }),
        ),
    },
    {
      name: 'two clicks at the same instant',
      start: () =>
        Promise.all([
          startManualSession(fresh.db, at('10:00'), { minutes: 50 }),
          startManualSession(fresh.db, at('10:00'), { minutes: 25 }),
        ]),
    },
  ])('$name does not stack a second block', async ({ start }) => {
    await start();
    expect(await fresh.db.sessions.count()).toBe(1);
    expect(await readFocusState(fresh.db, at('10:30'))).toMatchObject({ on: true, until: at('10:50') });
  });

  test('starts a new block once the previous one is over', async () => {
    await startManualSession(fresh.db, at('10:00'), { minutes: 30 });
    const state = await startManualSession(fresh.db, at('10:30'), { minutes: 15 });
    expect(state).toMatchObject({ on: true, until: at('10:45') });
    expect(await fresh.db.sessions.count()).toBe(2);
  });
});

describe('endOverdueSessions', () => {
  test('two racing wake-ups end each overdue block exactly once', async () => {
    const [overdueA, overdueB, running] = (await fresh.db.sessions.bulkAdd(
      [active('08:00', '09:00'), active('09:00', '09:30'), active('09:45', '11:00')],
      { allKeys: true },
    )) as number[];

    const [first, second] = await Promise.all([endOverdueSessions(fresh.db, at('10:00')), endOverdueSessions(fresh.db, at('10:00'))]);

    expect([...first, ...second].map((s) => s.id).sort()).toEqual([overdueA, overdueB]);
    const rows = await fresh.db.sessions.toArray();
    expect(rows.find((s) => s.id === overdueA)).toMatchObject({
      status: 'ended',
      endReason: 'time',
      actualEnd: at('09:00').getTime(),
      digestPending: 1,
    });
    expect(rows.find((s) => s.id === running)?.status).toBe('active');
  });
});

describe('endRunningSessions', () => {
  test.each([
    { name: 'the running block is ended by the user now', sessions: [active('10:00', '10:50')], ended: 1 },
    { name: 'nothing is running: nothing ends', sessions: [active('09:00', '09:30')], ended: 0 },
  ])('$name', async ({ sessions, ended }) => {
    await fresh.db.sessions.bulkAdd(sessions);
    const result = await endRunningSessions(fresh.db, at('10:20'));
    expect(result).toHaveLength(ended);
    for (const s of result) expect(s).toMatchObject({ status: 'ended', endReason: 'user', actualEnd: at('10:20').getTime() });
    expect(await readFocusState(fresh.db, at('10:20'))).toEqual({ on: false });
  });
});

describe('getSessionsAwaitingDigest', () => {
  test('an ended block awaits its end-of-block release', async () => {
    await startManualSession(fresh.db, at('10:00'), { minutes: 50 });
    expect(await getSessionsAwaitingDigest(fresh.db)).toEqual([]);

    const [ended] = await endOverdueSessions(fresh.db, at('11:00'));
    const awaiting = await getSessionsAwaitingDigest(fresh.db);
    expect(awaiting.map((s) => s.id)).toEqual([ended?.id]);

    expect(await fresh.db.sessions.get(ended!.id!)).toMatchObject({ status: 'ended', actualEnd: at('10:50').getTime() });
  });
});
