import { describe, expect, test } from 'vitest';
import type { Occurrence } from '@/lib/focus/schedule';
import {
  endSession,
  getOverdueSessions,
  planManualSession,
  sessionForOccurrence,
  type FocusSession,
  type ManualEnd,
} from '@/lib/focus/session';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const MINUTE = 60_000;

describe('planManualSession', () => {
  test.each<{ name: string; end: ManualEnd; plannedEnd: number }>([
    { name: '50 minutes', end: { minutes: 50 }, plannedEnd: NOW.getTime() + 50 * MINUTE },
    { name: 'the 1-minute minimum', end: { minutes: 1 }, plannedEnd: NOW.getTime() + MINUTE },
    { name: 'the 12-hour maximum', end: { minutes: 720 }, plannedEnd: NOW.getTime() + 720 * MINUTE },
    { name: 'until a time one minute ahead', end: { until: NOW.getTime() + MINUTE }, plannedEnd: NOW.getTime() + MINUTE },
    {
      name: 'until a time exactly 12 hours ahead',
      end: { until: NOW.getTime() + 720 * MINUTE },
      plannedEnd: NOW.getTime() + 720 * MINUTE,
    },
  ])('plans an active block: $name', ({ end, plannedEnd }) => {
    expect(planManualSession(NOW, end)).toEqual({ kind: 'manual', start: NOW.getTime(), plannedEnd, status: 'active' });
  });

  test.each<{ name: string; end: ManualEnd }>([
    { name: 'zero minutes', end: { minutes: 0 } },
    { name: 'negative minutes', end: { minutes: -5 } },
    { name: 'half a minute', end: { minutes: 0.5 } },
    { name: 'NaN minutes', end: { minutes: Number.NaN } },
    { name: 'infinite minutes', end: { minutes: Number.POSITIVE_INFINITY } },
    { name: 'one minute over 12 hours', end: { minutes: 721 } },
    { name: 'until now', end: { until: NOW.getTime() } },
    { name: 'until a time in the past', end: { until: NOW.getTime() - MINUTE } },
    { name: 'until NaN', end: { until: Number.NaN } },
    { name: 'until more than 12 hours ahead', end: { until: NOW.getTime() + 720 * MINUTE + 1 } },
  ])('refuses $name with a RangeError', ({ end }) => {
    expect(() => planManualSession(NOW, end)).toThrow(RangeError);
  });

  // 2026-03-08 02:00 EST springs forward to 03:00 EDT; 2026-11-01 02:00 EDT falls back to 01:00 EST.
  test.each([
    { name: 'spring forward', start: '2026-03-08T01:30:00-05:00', wallClock: [3, 20] },
    { name: 'fall back', start: '2026-11-01T01:30:00-04:00', wallClock: [1, 20] },
  ])('a 50-minute block across the $name change lasts 50 real minutes', ({ start, wallClock }) => {
    const now = new Date(start);
    const planned = planManualSession(now, { minutes: 50 });
    expect(planned.plannedEnd - planned.start).toBe(50 * MINUTE);
    const end = new Date(planned.plannedEnd);
    expect([end.getHours(), end.getMinutes()]).toEqual(wallClock);
  });
});

const running: FocusSession = {
  id: 7,
  kind: 'manual',
  start: NOW.getTime(),
  plannedEnd: NOW.getTime() + 50 * MINUTE,
  status: 'active',
};

describe('endSession', () => {
  test.each([
    { name: 'on time, reported late', reason: 'time', now: 70, actualEnd: 50 },
    { name: 'on time, reported exactly at the end', reason: 'time', now: 50, actualEnd: 50 },
    { name: 'by the user, early', reason: 'user', now: 20, actualEnd: 20 },
    { name: 'by the user, after the planned end', reason: 'user', now: 90, actualEnd: 50 },
  ] as const)('ends $name', ({ reason, now, actualEnd }) => {
    const ended = endSession(running, reason, new Date(NOW.getTime() + now * MINUTE));
    expect(ended).toEqual({
      ...running,
      status: 'ended',
      endReason: reason,
      actualEnd: NOW.getTime() + actualEnd * MINUTE,
      digestPending: 1,
    });
  });

  test.each([
    { name: 'a lockdown reason is kept as the note', reason: 'user', note: 'Production is down', endNote: 'Production is down' },
    { name: 'no note adds no endNote', reason: 'user', note: undefined, endNote: undefined },
    { name: 'an empty note adds no endNote', reason: 'user', note: '', endNote: undefined },
    { name: 'a note on an on-time end is kept too', reason: 'time', note: 'wrapped up', endNote: 'wrapped up' },
  ] as const)('ends with a note: $name', ({ reason, note, endNote }) => {
    const ended = endSession(running, reason, new Date(NOW.getTime() + 20 * MINUTE), note);
    expect(ended.endNote).toBe(endNote);
    expect('endNote' in ended).toBe(endNote !== undefined);
    expect(ended).toMatchObject({ status: 'ended', endReason: reason, digestPending: 1 });
  });

  test('does not change the session it is given', () => {
    const before = structuredClone(running);
    endSession(running, 'user', new Date(NOW.getTime() + 20 * MINUTE), 'note');
    expect(running).toEqual(before);
  });
});

describe('sessionForOccurrence', () => {
  const occurrence: Occurrence = {
    key: `scheduled:${new Date('2026-11-23T09:00:00-05:00').getTime()}`,
    start: new Date('2026-11-23T09:00:00-05:00').getTime(),
    end: new Date('2026-11-23T13:00:00-05:00').getTime(),
  };

  test('records a running scheduled block under its occurrence key, planned to end with it', () => {
    expect(sessionForOccurrence(occurrence)).toEqual({
      kind: 'scheduled',
      scheduleKey: occurrence.key,
      start: occurrence.start,
      plannedEnd: occurrence.end,
      status: 'active',
    });
  });

  test('ended early by the user, it ends now and keeps its key (so the block stays ended)', () => {
    const ended = endSession(sessionForOccurrence(occurrence), 'user', new Date('2026-11-23T10:30:00-05:00'), 'customer call');
    expect(ended).toMatchObject({
      scheduleKey: occurrence.key,
      status: 'ended',
      endReason: 'user',
      actualEnd: new Date('2026-11-23T10:30:00-05:00').getTime(),
      endNote: 'customer call',
    });
  });
});

describe('getOverdueSessions', () => {
  const ended: FocusSession = { ...running, id: 8, status: 'ended', plannedEnd: NOW.getTime() };
  const later: FocusSession = { ...running, id: 9, plannedEnd: NOW.getTime() + 120 * MINUTE };

  test.each([
    { name: 'none while the block runs', now: 49, ids: [] },
    { name: 'the block exactly at its planned end', now: 50, ids: [7] },
    { name: 'the block long after (machine slept)', now: 100, ids: [7] },
    { name: 'both active blocks once both are past', now: 120, ids: [7, 9] },
  ])('returns $name, never ended ones', ({ now, ids }) => {
    const overdue = getOverdueSessions([running, ended, later], new Date(NOW.getTime() + now * MINUTE));
    expect(overdue.map((s) => s.id)).toEqual(ids);
  });
});
