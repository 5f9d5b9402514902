import { describe, expect, test } from 'vitest';
import { getFocusState } from '@/lib/focus/focus-state';
import type { FocusSession } from '@/lib/focus/session';

/** A fixed Monday in New York (EST); "10:30" or "10:59:59.999". */
const at = (time: string) => new Date(`2026-11-23T${time.length === 5 ? `${time}:00` : time}-05:00`);

function session(id: number, start: string, end: string, status: FocusSession['status'] = 'active'): FocusSession {
  return { id, kind: 'manual', start: at(start).getTime(), plannedEnd: at(end).getTime(), status };
}

describe('getFocusState', () => {
  test.each([
    { name: 'no sessions at all', sessions: [], now: '10:00' },
    { name: 'before the only block starts', sessions: [session(1, '10:00', '11:00')], now: '09:59' },
    { name: 'exactly at the end (end is exclusive)', sessions: [session(1, '10:00', '11:00')], now: '11:00' },
    { name: 'after the block ended', sessions: [session(1, '10:00', '11:00')], now: '11:30' },
    { name: 'inside an ended block', sessions: [session(1, '10:00', '11:00', 'ended')], now: '10:30' },
    {
      name: 'between two blocks with a gap',
      sessions: [session(1, '09:00', '10:00'), session(2, '10:30', '11:00')],
      now: '10:15',
    },
  ])('focus is off: $name', ({ sessions, now }) => {
    expect(getFocusState(sessions, at(now))).toEqual({ on: false });
  });

  test.each([
    { name: 'exactly at the start', sessions: [session(1, '10:00', '11:00')], now: '10:00', until: '11:00', ids: [1] },
    { name: 'in the middle', sessions: [session(1, '10:00', '11:00')], now: '10:30', until: '11:00', ids: [1] },
    { name: 'a millisecond before the end', sessions: [session(1, '10:00', '11:00')], now: '10:59:59.999', until: '11:00', ids: [1] },
    {
      name: 'an ended block next to a running one is ignored',
      sessions: [session(1, '10:00', '12:00', 'ended'), session(2, '10:00', '11:00')],
      now: '10:30',
      until: '11:00',
      ids: [2],
    },
    {
      name: 'two overlapping running blocks: the later end wins',
      sessions: [session(1, '10:00', '11:00'), session(2, '10:15', '11:45')],
      now: '10:30',
      until: '11:45',
      ids: [1, 2],
    },
    {
      name: 'a future block that overlaps the running one extends it',
      sessions: [session(1, '10:00', '11:00'), session(2, '10:45', '12:00')],
      now: '10:30',
      until: '12:00',
      ids: [1, 2],
    },
    {
      name: 'back-to-back (touching) blocks chain into one',
      sessions: [session(3, '11:00', '11:30'), session(2, '10:00', '11:00'), session(4, '11:30', '12:15')],
      now: '10:30',
      until: '12:15',
      ids: [2, 3, 4],
    },
    {
      name: 'a future block after a gap does not extend',
      sessions: [session(1, '10:00', '11:00'), session(2, '11:01', '12:00')],
      now: '10:30',
      until: '11:00',
      ids: [1],
    },
    {
      name: 'the next block of a touching pair, at the hand-over instant',
      sessions: [session(1, '10:00', '11:00'), session(2, '11:00', '12:00')],
      now: '11:00',
      until: '12:00',
      ids: [2],
    },
  ])('focus is on: $name', ({ sessions, now, until, ids }) => {
    expect(getFocusState(sessions, at(now))).toEqual({ on: true, until: at(until), sessionIds: ids });
  });
});
