import { describe, expect, test } from 'vitest';
import {
  addWorkingMinutes,
  currentWorkingSpan,
  endOfBusinessDay,
  endOfBusinessDaysAfter,
  nextOpening,
  type WorkingHours,
} from '@/lib/time/business-time';

// Instants carry their New York offset (the unit tests run in America/New_York). 2026-12-04 is a
// Friday. Clocks spring forward on Sunday 2026-03-08 and fall back on Sunday 2026-11-01.
const WEEK: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const HOLIDAYS: WorkingHours = { ...WEEK, holidays: ['2026-12-24', '2026-12-25'] };
const ALWAYS: WorkingHours = { start: '00:00', end: '24:00', days: [0, 1, 2, 3, 4, 5, 6] };
const NONE: WorkingHours = { start: '09:00', end: '17:00', days: [] };

const iso = (d: Date) => d.toISOString();
const t = (text: string) => new Date(text);

describe('addWorkingMinutes', () => {
  test.each<{ name: string; from: string; minutes: number; due: string; hours?: WorkingHours }>([
    { name: 'inside the day', from: '2026-12-02T10:00-05:00', minutes: 60, due: '2026-12-02T11:00-05:00' },
    { name: 'Friday 16:30 + 3 h is Monday 11:30, not Friday 19:30', from: '2026-12-04T16:30-05:00', minutes: 180, due: '2026-12-07T11:30-05:00' },
    { name: 'ending exactly at the close is due at the close', from: '2026-12-02T16:00-05:00', minutes: 60, due: '2026-12-02T17:00-05:00' },
    { name: 'a minute past the close rolls to the next opening', from: '2026-12-02T16:00-05:00', minutes: 61, due: '2026-12-03T09:01-05:00' },
    { name: 'before opening, counting starts at the opening', from: '2026-12-02T07:00-05:00', minutes: 30, due: '2026-12-02T09:30-05:00' },
    { name: 'late evening counts from tomorrow morning', from: '2026-12-02T23:30-05:00', minutes: 30, due: '2026-12-03T09:30-05:00' },
    { name: 'after midnight counts from that morning', from: '2026-12-03T00:10-05:00', minutes: 30, due: '2026-12-03T09:30-05:00' },
    { name: 'a weekend does not count', from: '2026-12-05T10:00-05:00', minutes: 30, due: '2026-12-07T09:30-05:00' },
    { name: 'two working days of minutes', from: '2026-12-02T09:00-05:00', minutes: 16 * 60, due: '2026-12-03T17:00-05:00' },
    { name: 'holidays are skipped like a weekend', from: '2026-12-23T16:30-05:00', minutes: 60, due: '2026-12-28T09:30-05:00', hours: HOLIDAYS },
    { name: 'across spring-forward, 9:00 stays 9:00', from: '2026-03-06T16:00-05:00', minutes: 120, due: '2026-03-09T10:00-04:00' },
    { name: 'across fall-back, 9:00 stays 9:00', from: '2026-10-30T16:00-04:00', minutes: 120, due: '2026-11-02T10:00-05:00' },
    { name: 'all-day hours over spring-forward count real time', from: '2026-03-07T23:00-05:00', minutes: 240, due: '2026-03-08T04:00-04:00', hours: ALWAYS },
    { name: 'all-day hours over fall-back count real time', from: '2026-10-31T23:00-04:00', minutes: 240, due: '2026-11-01T02:00-05:00', hours: ALWAYS },
    { name: 'all-day hours across midnight', from: '2026-12-02T23:50-05:00', minutes: 20, due: '2026-12-03T00:10-05:00', hours: ALWAYS },
    { name: 'no working days at all falls back to calendar time', from: '2026-12-02T10:00-05:00', minutes: 90, due: '2026-12-02T11:30-05:00', hours: NONE },
  ])('$name', ({ from, minutes, due, hours = WEEK }) => {
    expect(iso(addWorkingMinutes(t(from), minutes, hours))).toBe(iso(t(due)));
  });
});

describe('endOfBusinessDay', () => {
  test.each<{ name: string; from: string; close: string; hours?: WorkingHours }>([
    { name: 'a working morning: today', from: '2026-12-02T08:00-05:00', close: '2026-12-02T17:00-05:00' },
    { name: 'a minute before the close: today', from: '2026-12-02T16:59-05:00', close: '2026-12-02T17:00-05:00' },
    { name: 'at the close: tomorrow', from: '2026-12-02T17:00-05:00', close: '2026-12-03T17:00-05:00' },
    { name: 'Friday evening: Monday', from: '2026-12-04T17:30-05:00', close: '2026-12-07T17:00-05:00' },
    { name: 'Saturday: Monday', from: '2026-12-05T11:00-05:00', close: '2026-12-07T17:00-05:00' },
    { name: 'before a holiday: after it', from: '2026-12-23T18:00-05:00', close: '2026-12-28T17:00-05:00', hours: HOLIDAYS },
    { name: 'on a holiday: the next working day', from: '2026-12-24T10:00-05:00', close: '2026-12-28T17:00-05:00', hours: HOLIDAYS },
    { name: 'spring-forward Sunday: Monday 17:00 EDT', from: '2026-03-08T12:00-04:00', close: '2026-03-09T17:00-04:00' },
    { name: 'fall-back Sunday: Monday 17:00 EST', from: '2026-11-01T12:00-05:00', close: '2026-11-02T17:00-05:00' },
    { name: 'a later close hour', from: '2026-12-02T17:30-05:00', close: '2026-12-02T18:00-05:00', hours: { ...WEEK, end: '18:00' } },
  ])('$name', ({ from, close, hours = WEEK }) => {
    expect(iso(endOfBusinessDay(t(from), hours))).toBe(iso(t(close)));
  });
});

describe('endOfBusinessDaysAfter', () => {
  test.each<{ name: string; from: string; days: number; close: string; hours?: WorkingHours }>([
    { name: '0 days is the end of this business day', from: '2026-12-07T10:00-05:00', days: 0, close: '2026-12-07T17:00-05:00' },
    { name: '1 day from Monday is Tuesday', from: '2026-12-07T10:00-05:00', days: 1, close: '2026-12-08T17:00-05:00' },
    { name: '2 days from Monday is Wednesday', from: '2026-12-07T10:00-05:00', days: 2, close: '2026-12-09T17:00-05:00' },
    { name: '1 day from Friday is Monday', from: '2026-12-04T10:00-05:00', days: 1, close: '2026-12-07T17:00-05:00' },
    { name: '1 day from Saturday is Monday', from: '2026-12-05T10:00-05:00', days: 1, close: '2026-12-07T17:00-05:00' },
    { name: 'holidays do not count', from: '2026-12-23T10:00-05:00', days: 1, close: '2026-12-28T17:00-05:00', hours: HOLIDAYS },
  ])('$name', ({ from, days, close, hours = WEEK }) => {
    expect(iso(endOfBusinessDaysAfter(t(from), days, hours))).toBe(iso(t(close)));
  });
});

describe('working spans', () => {
  test.each<{ name: string; at: string; inside: boolean; opening: string }>([
    { name: 'at the opening: inside; next opening tomorrow', at: '2026-12-02T09:00-05:00', inside: true, opening: '2026-12-03T09:00-05:00' },
    { name: 'at the close: outside', at: '2026-12-02T17:00-05:00', inside: false, opening: '2026-12-03T09:00-05:00' },
    { name: 'early morning: outside, opens at 9', at: '2026-12-02T06:00-05:00', inside: false, opening: '2026-12-02T09:00-05:00' },
    { name: 'Saturday: outside, opens Monday', at: '2026-12-05T10:00-05:00', inside: false, opening: '2026-12-07T09:00-05:00' },
  ])('$name', ({ at, inside, opening }) => {
    expect(currentWorkingSpan(t(at), WEEK) !== undefined).toBe(inside);
    expect(iso(nextOpening(t(at), WEEK)!)).toBe(iso(t(opening)));
  });

  test('no working days: never open', () => {
    expect(nextOpening(t('2026-12-02T10:00-05:00'), NONE)).toBeUndefined();
  });
});
