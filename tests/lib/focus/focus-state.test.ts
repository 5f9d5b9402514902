import { describe, expect, test } from 'vitest';
import { getFocusState, type FocusState } from '@/lib/focus/focus-state';
import { expandSchedule, type BusinessHours, type FocusSchedule, type Occurrence } from '@/lib/focus/schedule';
import { sessionForOccurrence, type FocusSession } from '@/lib/focus/session';

/** A fixed Monday in New York (EST); "10:30" or "10:59:59.999". "+1 00:30" is the next day. */
const at = (time: string) => {
  const [day, clock] = time.startsWith('+1 ') ? ['24', time.slice(3)] : ['23', time];
  return new Date(`2026-11-${day}T${clock.length === 5 ? `${clock}:00` : clock}-05:00`);
};

function session(id: number, start: string, end: string, status: FocusSession['status'] = 'active'): FocusSession {
  return { id, kind: 'manual', start: at(start).getTime(), plannedEnd: at(end).getTime(), status };
}

function scheduled(start: string, end: string): Occurrence {
  return { key: `scheduled:${at(start).getTime()}-${at(end).getTime()}`, start: at(start).getTime(), end: at(end).getTime() };
}

/** The stored record of a scheduled block, as the background writes it, possibly changed since. */
function stored(id: number, occurrence: Occurrence, change: Partial<FocusSession> = {}): FocusSession {
  return { ...sessionForOccurrence(occurrence), id, ...change };
}

const MORNING = scheduled('09:00', '13:00');
const AFTERNOON = scheduled('15:00', '17:00');

describe('getFocusState', () => {
  test.each([
    { name: 'no sessions at all', sessions: [], now: '10:00' },
    { name: 'before the only block starts', sessions: [session(1, '10:00', '11:00')], now: '09:59', next: '10:00' },
    { name: 'exactly at the end (end is exclusive)', sessions: [session(1, '10:00', '11:00')], now: '11:00' },
    { name: 'after the block ended', sessions: [session(1, '10:00', '11:00')], now: '11:30' },
    { name: 'inside an ended block', sessions: [session(1, '10:00', '11:00', 'ended')], now: '10:30' },
    {
      name: 'between two blocks with a gap',
      sessions: [session(1, '09:00', '10:00'), session(2, '10:30', '11:00')],
      now: '10:15',
      next: '10:30',
    },
  ])('focus is off: $name', ({ sessions, now, next }: { sessions: FocusSession[]; now: string; next?: string }) => {
    expect(getFocusState(sessions, at(now))).toEqual(next ? { on: false, next: at(next) } : { on: false });
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
    expect(getFocusState(sessions, at(now))).toEqual({ on: true, until: at(until), sessionIds: ids, occurrences: [] });
  });
});

describe('getFocusState with scheduled blocks', () => {
  test.each<{ name: string; sessions: FocusSession[]; occurrences: Occurrence[]; now: string; state: FocusState }>([
    {
      name: 'a scheduled block switches focus on at its start',
      sessions: [],
      occurrences: [MORNING, AFTERNOON],
      now: '09:00',
      state: { on: true, until: at('13:00'), sessionIds: [], occurrences: [MORNING] },
    },
    {
      name: 'touching scheduled blocks are one block',
      sessions: [],
      occurrences: [MORNING, scheduled('13:00', '14:00')],
      now: '12:00',
      state: { on: true, until: at('14:00'), sessionIds: [], occurrences: [MORNING, scheduled('13:00', '14:00')] },
    },
    {
      name: 'a manual block that runs into a scheduled one lasts until the scheduled end',
      sessions: [session(1, '08:30', '09:30')],
      occurrences: [MORNING],
      now: '08:45',
      state: { on: true, until: at('13:00'), sessionIds: [1], occurrences: [MORNING] },
    },
    {
      name: 'a manual block that outlasts the scheduled one it covers lasts until its own end',
      sessions: [session(1, '08:30', '14:00')],
      occurrences: [MORNING],
      now: '12:30',
      state: { on: true, until: at('14:00'), sessionIds: [1], occurrences: [MORNING] },
    },
    {
      name: 'a scheduled block already stored is counted once, as its session',
      sessions: [stored(2, MORNING)],
      occurrences: [MORNING],
      now: '10:00',
      state: { on: true, until: at('13:00'), sessionIds: [2], occurrences: [] },
    },
    {
      name: 'a stored scheduled block the user extended runs to the new end',
      sessions: [stored(2, MORNING, { plannedEnd: at('14:00').getTime() })],
      occurrences: [MORNING],
      now: '13:30',
      state: { on: true, until: at('14:00'), sessionIds: [2], occurrences: [] },
    },
    {
      name: 'the same scheduled block listed twice (overlapping look-ups) is counted once',
      sessions: [],
      occurrences: [MORNING, MORNING],
      now: '10:00',
      state: { on: true, until: at('13:00'), sessionIds: [], occurrences: [MORNING] },
    },
    {
      name: 'a block spanning midnight is on at 23:59',
      sessions: [],
      occurrences: [scheduled('22:00', '+1 02:00')],
      now: '23:59',
      state: { on: true, until: at('+1 02:00'), sessionIds: [], occurrences: [scheduled('22:00', '+1 02:00')] },
    },
    {
      name: 'a block spanning midnight is still on at 00:30',
      sessions: [],
      occurrences: [scheduled('22:00', '+1 02:00')],
      now: '+1 00:30',
      state: { on: true, until: at('+1 02:00'), sessionIds: [], occurrences: [scheduled('22:00', '+1 02:00')] },
    },
  ])('$name', ({ sessions, occurrences, now, state }) => {
    expect(getFocusState(sessions, at(now), occurrences)).toEqual(state);
  });

  const endedEarly = stored(2, MORNING, { status: 'ended', actualEnd: at('10:00').getTime(), endReason: 'user' });
  test.each([
    { name: 'right after ending it', now: '10:00', next: '15:00' },
    { name: 'later in the block', now: '12:59', next: '15:00' },
  ])('a scheduled block the user ended early stays off ($name); next is the afternoon block', ({ now, next }) => {
    expect(getFocusState([endedEarly], at(now), [MORNING, AFTERNOON])).toEqual({ on: false, next: at(next) });
  });

  test.each<{ name: string; sessions: FocusSession[]; occurrences: Occurrence[]; now: string; next?: string }>([
    { name: 'before a scheduled block: its start', sessions: [], occurrences: [MORNING, AFTERNOON], now: '08:00', next: '09:00' },
    { name: 'between scheduled blocks: the next one', sessions: [], occurrences: [MORNING, AFTERNOON], now: '13:00', next: '15:00' },
    {
      name: 'a stored manual block before the next scheduled one',
      sessions: [session(1, '14:00', '14:30')],
      occurrences: [MORNING, AFTERNOON],
      now: '13:30',
      next: '14:00',
    },
    {
      name: 'a scheduled block before the next stored manual one',
      sessions: [session(1, '16:30', '18:00')],
      occurrences: [AFTERNOON],
      now: '13:30',
      next: '15:00',
    },
    { name: 'nothing ahead: no next', sessions: [session(1, '09:00', '10:00')], occurrences: [MORNING, AFTERNOON], now: '17:00' },
  ])('when off, next is the next start: $name', ({ sessions, occurrences, now, next }) => {
    expect(getFocusState(sessions, at(now), occurrences)).toEqual(next ? { on: false, next: at(next) } : { on: false });
  });
});

describe('getFocusState over an expanded schedule', () => {
  // Mon–Fri 09–13 and 15–17 (the default weekly blocks), with Monday also marked meeting-free.
  const schedule: FocusSchedule = {
    enabled: true,
    weekly: [0, 1, 2, 3, 4, 5, 6].map((day) =>
      day >= 1 && day <= 5
        ? [
            { start: '09:00', end: '13:00' },
            { start: '15:00', end: '17:00' },
          ]
        : [],
    ),
    meetingFreeDays: [1],
    exceptions: [],
  };
  const hours: BusinessHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

  test.each([
    { name: 'in the morning block', now: '10:00' },
    { name: 'in the gap the weekly blocks leave at lunch', now: '13:30' },
    { name: 'in the afternoon block', now: '16:00' },
  ])('a meeting-free day is focus all business day, until 17:00: $name', ({ now }) => {
    const occurrences = expandSchedule(schedule, hours, at('00:00'), at('+1 00:00'));
    const state = getFocusState([], at(now), occurrences);
    expect(state.on && state.until).toEqual(at('17:00'));
  });
});
