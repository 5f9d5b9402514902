import { format, parse } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { parseTypedTime } from '@/lib/time/typed-time';
import type { WorkingHours } from '@/lib/time/business-time';
import { inTimeZone } from '../../support/time-zone';

const HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
// Wall-clock times in whatever zone the block runs in.
const local = (text: string) => parse(text, 'yyyy-MM-dd HH:mm', new Date());
const read = (typed: string, now: string) => {
  const result = parseTypedTime(typed, { now: local(now), hours: HOURS }, 'en-US');
  return result.ok ? format(result.at, 'yyyy-MM-dd HH:mm') : `error: ${result.error}`;
};

// Wednesday 2026-12-02, 10:00 local.
const WED = '2026-12-02 10:00';
const PHRASES: [typed: string, expected: string][] = [
  ['Thu 3pm', '2026-12-03 15:00'],
  ['tomorrow EOD', '2026-12-03 17:00'],
  ['tomorrow COB', '2026-12-03 17:00'],
  ['in 2 hours', '2026-12-02 12:00'],
  ['in 30 minutes', '2026-12-02 10:30'],
  ['next business day', '2026-12-03 17:00'],
  ['in 2 business days', '2026-12-04 17:00'],
  ['Friday noon', '2026-12-04 12:00'],
  ['at 3', '2026-12-02 15:00'],
  ['at 9', '2026-12-03 09:00'],
  ['tomorrow at 4', '2026-12-03 16:00'],
  ['Thu at 2', '2026-12-03 14:00'],
  ['EOD', '2026-12-02 17:00'],
  ['COB', '2026-12-02 17:00'],
  ['end of day', '2026-12-02 17:00'],
  ['by end of business day', '2026-12-02 17:00'],
  ['EOW', '2026-12-04 17:00'],
  ['end of week', '2026-12-04 17:00'],
  ['tomorrow', '2026-12-03 17:00'],
  ['Monday', '2026-12-07 17:00'],
  ['Friday COB', '2026-12-04 17:00'],
  ['Friday EOD', '2026-12-04 17:00'],
  ['by Thu 3pm', '2026-12-03 15:00'],
  ['tomorrow at 11am', '2026-12-03 11:00'],
  ['3pm tomorrow', '2026-12-03 15:00'],
  ['noon', '2026-12-02 12:00'],
  ['before noon', '2026-12-02 12:00'],
  ['4:30pm', '2026-12-02 16:30'],
  ['16:30', '2026-12-02 16:30'],
  ['Dec 10 2pm', '2026-12-10 14:00'],
  ['2026-12-10 15:00', '2026-12-10 15:00'],
  ['9am', '2026-12-03 09:00'],
];

const REFUSED: [typed: string, error: RegExp][] = [
  ['tomorrow blah', /^Only part of “tomorrow blah” reads as a time\./],
  ['Thu 3pm or maybe Fri', /^Only part of/],
  ['yesterday 3pm', /^Tue, Dec 1 · 3:00 PM has already passed\./],
  ['asap', /^“asap” is not a time Heads Down understands\./],
  ['', /^Type a time\./],
  ['x'.repeat(200), /^That is too long for a time\./],
];

// Friday 16:30 and 17:30: the week's edges.
const EDGES: [typed: string, now: string, expected: string][] = [
  ['EOD', '2026-12-04 16:30', '2026-12-04 17:00'],
  ['EOD', '2026-12-04 17:30', '2026-12-07 17:00'],
  ['next business day', '2026-12-04 16:30', '2026-12-07 17:00'],
  ['EOW', '2026-12-04 17:30', '2026-12-11 17:00'],
  ['in 2 hours', '2026-12-04 16:30', '2026-12-04 18:30'],
  ['Monday at 10', '2026-12-05 12:00', '2026-12-07 10:00'],
  ['next business day', '2026-12-05 12:00', '2026-12-07 17:00'],
  ['at 3', '2026-12-02 16:00', '2026-12-03 15:00'],
];

// Each zone's spring-forward night: three real hours from 00:30 end at 04:30 where an hour is
// skipped, at 03:30 where none is; a wall-clock time on that day stays what it says.
const ZONES: { zone: string; springNight: string; after3h: string }[] = [
  { zone: 'America/New_York', springNight: '2026-03-08 00:30', after3h: '2026-03-08 04:30' },
  { zone: 'Europe/Berlin', springNight: '2026-03-29 00:30', after3h: '2026-03-29 04:30' },
  { zone: 'Asia/Kolkata', springNight: '2026-03-08 00:30', after3h: '2026-03-08 03:30' },
];

describe.each(ZONES)('parseTypedTime in $zone', ({ zone, springNight, after3h }) => {
  inTimeZone(zone);

  test.each(PHRASES)('“%s” on Wednesday 10:00 is %s', (typed, expected) => {
    expect(read(typed, WED)).toBe(expected);
  });

  test.each(REFUSED)('“%s” is refused with a message', (typed, error) => {
    expect(read(typed, WED)).toMatch(new RegExp(`^error: ${error.source.slice(1)}`));
  });

  test.each(EDGES)('“%s” at %s is %s', (typed, now, expected) => {
    expect(read(typed, now)).toBe(expected);
  });

  test('across the spring-forward night, durations are real time and clock times stay put', () => {
    expect(read('in 3 hours', springNight)).toBe(after3h);
    expect(read('today 3pm', springNight)).toBe(`${springNight.slice(0, 10)} 15:00`);
  });

  test('the echo names the weekday and the date', () => {
    const result = parseTypedTime('Thu 3pm', { now: local(WED), hours: HOURS }, 'en-US');
    expect(result).toMatchObject({ ok: true, echo: 'Thu, Dec 3 · 3:00 PM' });
  });
});

test('the close of business follows the working hours', () => {
  const hours = { ...HOURS, end: '18:30' };
  const result = parseTypedTime('tomorrow EOD', { now: local(WED), hours }, 'en-US');
  expect(result.ok && format(result.at, 'HH:mm')).toBe('18:30');
});
