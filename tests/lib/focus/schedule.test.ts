import { afterEach, describe, expect, test } from 'vitest';
import {
  expandSchedule,
  type BusinessHours,
  type DateException,
  type FocusSchedule,
  type Occurrence,
  type TimeBlock,
  type Weekday,
} from '@/lib/focus/schedule';

// Instants carry their New York offset (the zone the unit project pins). 2026-11-23 is a Monday.
const HOUR = 3_600_000;
const ms = (iso: string) => new Date(iso).getTime();
const block = (start: string, end: string): TimeBlock => ({ start, end });
const occurrence = (start: string, end: string): Occurrence => ({ key: `scheduled:${ms(start)}-${ms(end)}`, start: ms(start), end: ms(end) });

const HOURS: BusinessHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

function schedule(
  byDay: Partial<Record<Weekday, TimeBlock[]>>,
  extra: { enabled?: boolean; meetingFreeDays?: Weekday[]; exceptions?: DateException[] } = {},
): FocusSchedule {
  const weekly = ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => byDay[day] ?? []);
  return { enabled: true, weekly, meetingFreeDays: [], exceptions: [], ...extra };
}

const WEEK = { from: '2026-11-23T00:00:00-05:00', to: '2026-11-30T00:00:00-05:00' };

describe('expandSchedule', () => {
  test.each<{ name: string; schedule: FocusSchedule; from?: string; to?: string; blocks: Occurrence[] }>([
    {
      name: 'weekly blocks land on their own weekdays only',
      schedule: schedule({ 1: [block('09:00', '13:00'), block('15:00', '17:00')], 3: [block('10:00', '11:00')] }),
      blocks: [
        occurrence('2026-11-23T09:00:00-05:00', '2026-11-23T13:00:00-05:00'),
        occurrence('2026-11-23T15:00:00-05:00', '2026-11-23T17:00:00-05:00'),
        occurrence('2026-11-25T10:00:00-05:00', '2026-11-25T11:00:00-05:00'),
      ],
    },
    {
      name: 'a disabled schedule gives nothing',
      schedule: schedule({ 1: [block('09:00', '13:00')] }, { enabled: false, meetingFreeDays: [3] }),
      blocks: [],
    },
    {
      name: 'a meeting-free day is one block over business hours',
      schedule: schedule({}, { meetingFreeDays: [3] }),
      blocks: [occurrence('2026-11-25T09:00:00-05:00', '2026-11-25T17:00:00-05:00')],
    },
    {
      name: "skipScheduled removes that date's weekly blocks, not other days'",
      schedule: schedule(
        { 1: [block('09:00', '13:00')], 2: [block('09:00', '13:00')], 3: [block('09:00', '13:00')] },
        { exceptions: [{ date: '2026-11-24', skipScheduled: true, blocks: [] }] },
      ),
      blocks: [
        occurrence('2026-11-23T09:00:00-05:00', '2026-11-23T13:00:00-05:00'),
        occurrence('2026-11-25T09:00:00-05:00', '2026-11-25T13:00:00-05:00'),
      ],
    },
    {
      name: 'skipScheduled removes a meeting-free day too (a holiday on a Thursday)',
      schedule: schedule(
        { 4: [block('07:00', '08:00')] },
        { meetingFreeDays: [4], exceptions: [{ date: '2026-11-26', skipScheduled: true, blocks: [] }] },
      ),
      blocks: [],
    },
    {
      name: 'an exception without skipScheduled adds its one-off block to the weekly ones',
      schedule: schedule(
        { 2: [block('09:00', '10:00')] },
        { exceptions: [{ date: '2026-11-24', skipScheduled: false, blocks: [block('14:00', '15:30')] }] },
      ),
      blocks: [
        occurrence('2026-11-24T09:00:00-05:00', '2026-11-24T10:00:00-05:00'),
        occurrence('2026-11-24T14:00:00-05:00', '2026-11-24T15:30:00-05:00'),
      ],
    },
    {
      name: 'a one-off block on a Saturday with no weekly blocks',
      schedule: schedule({}, { exceptions: [{ date: '2026-11-28', skipScheduled: false, blocks: [block('10:00', '12:00')] }] }),
      blocks: [occurrence('2026-11-28T10:00:00-05:00', '2026-11-28T12:00:00-05:00')],
    },
    {
      name: 'skipScheduled with one-off blocks replaces the day',
      schedule: schedule(
        { 2: [block('09:00', '13:00')] },
        { exceptions: [{ date: '2026-11-24', skipScheduled: true, blocks: [block('14:00', '15:00')] }] },
      ),
      blocks: [occurrence('2026-11-24T14:00:00-05:00', '2026-11-24T15:00:00-05:00')],
    },
    {
      name: 'a block ending before its start runs past midnight into the next day',
      schedule: schedule({ 1: [block('22:00', '02:00')] }),
      blocks: [occurrence('2026-11-23T22:00:00-05:00', '2026-11-24T02:00:00-05:00')],
    },
    {
      name: 'a block ending at its start time of day is not a 24-hour block: it is ignored',
      schedule: schedule({ 1: [block('09:00', '09:00')] }),
      blocks: [],
    },
    {
      name: 'last night\'s overnight block is found when "from" is just after midnight',
      schedule: schedule({ 1: [block('22:00', '02:00')] }),
      from: '2026-11-24T00:05:00-05:00',
      to: '2026-11-25T00:00:00-05:00',
      blocks: [occurrence('2026-11-23T22:00:00-05:00', '2026-11-24T02:00:00-05:00')],
    },
    {
      name: 'an end of "24:00" is the following midnight',
      schedule: schedule({ 1: [block('20:00', '24:00')] }),
      blocks: [occurrence('2026-11-23T20:00:00-05:00', '2026-11-24T00:00:00-05:00')],
    },
    {
      name: '"00:00" to "24:00" is the whole day',
      schedule: schedule({ 6: [block('00:00', '24:00')] }),
      blocks: [occurrence('2026-11-28T00:00:00-05:00', '2026-11-29T00:00:00-05:00')],
    },
    {
      name: 'results are sorted by start, whatever order the blocks are listed in',
      schedule: schedule(
        { 1: [block('15:00', '17:00'), block('09:00', '13:00')], 0: [block('08:00', '09:00')] },
        { exceptions: [{ date: '2026-11-23', skipScheduled: false, blocks: [block('07:00', '08:00')] }] },
      ),
      blocks: [
        occurrence('2026-11-23T07:00:00-05:00', '2026-11-23T08:00:00-05:00'),
        occurrence('2026-11-23T09:00:00-05:00', '2026-11-23T13:00:00-05:00'),
        occurrence('2026-11-23T15:00:00-05:00', '2026-11-23T17:00:00-05:00'),
        occurrence('2026-11-29T08:00:00-05:00', '2026-11-29T09:00:00-05:00'),
      ],
    },
    {
      name: 'only blocks overlapping [from, to): one running at "from" is in, one starting at "to" is out',
      schedule: schedule({ 1: [block('09:00', '13:00'), block('15:00', '17:00')] }),
      from: '2026-11-23T12:59:00-05:00',
      to: '2026-11-23T15:00:00-05:00',
      blocks: [occurrence('2026-11-23T09:00:00-05:00', '2026-11-23T13:00:00-05:00')],
    },
    {
      name: 'a block that ended exactly at "from" is out',
      schedule: schedule({ 1: [block('09:00', '13:00')] }),
      from: '2026-11-23T13:00:00-05:00',
      to: '2026-11-23T23:00:00-05:00',
      blocks: [],
    },
  ])('$name', ({ schedule: s, from = WEEK.from, to = WEEK.to, blocks }) => {
    expect(expandSchedule(s, HOURS, new Date(from), new Date(to))).toEqual(blocks);
  });

  test('a block keeps its key whichever window finds it, so a stored session still matches it after a restart', () => {
    const s = schedule({ 1: [block('09:00', '13:00')] });
    const fromMorning = expandSchedule(s, HOURS, new Date('2026-11-23T00:00:00-05:00'), new Date('2026-11-24T00:00:00-05:00'));
    const fromMidBlock = expandSchedule(s, HOURS, new Date('2026-11-23T11:17:00-05:00'), new Date('2026-11-23T11:47:00-05:00'));
    expect(fromMidBlock.map((o) => o.key)).toEqual(fromMorning.map((o) => o.key));
    expect(fromMidBlock.map((o) => o.key)).toEqual([`scheduled:${ms('2026-11-23T09:00:00-05:00')}-${ms('2026-11-23T13:00:00-05:00')}`]);
  });
});

// New York: 2026-03-08 (a Sunday) springs forward 02:00 EST -> 03:00 EDT; 2026-11-01 (a Sunday) falls
// back 02:00 EDT -> 01:00 EST. Blocks follow the wall clock, so their real length changes that night.
describe('expandSchedule across daylight saving', () => {
  test.each([
    { name: 'spring forward: 09:00–13:00 is 4 real hours at 09:00 EDT', date: '2026-03-08', block: block('09:00', '13:00'), start: '2026-03-08T09:00:00-04:00', hours: 4 },
    { name: 'spring forward: 01:00–05:00 is only 3 real hours', date: '2026-03-08', block: block('01:00', '05:00'), start: '2026-03-08T01:00:00-05:00', hours: 3 },
    {
      name: 'spring forward: a block "starting" at 02:30 (a time that does not exist) starts at 03:30 EDT',
      date: '2026-03-08',
      block: block('02:30', '05:00'),
      start: '2026-03-08T03:30:00-04:00',
      hours: 1.5,
    },
    { name: 'fall back: 00:00–04:00 is 5 real hours', date: '2026-11-01', block: block('00:00', '04:00'), start: '2026-11-01T00:00:00-04:00', hours: 5 },
    { name: 'fall back: 09:00–13:00 is 4 real hours at 09:00 EST', date: '2026-11-01', block: block('09:00', '13:00'), start: '2026-11-01T09:00:00-05:00', hours: 4 },
    {
      name: 'fall back: an overnight 22:00–06:00 block from the night before is 9 real hours',
      date: '2026-10-31',
      block: block('22:00', '06:00'),
      start: '2026-10-31T22:00:00-04:00',
      hours: 9,
    },
  ])('$name', ({ date, block: b, start, hours }) => {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() as Weekday;
    // A window of a few hours around the expected start: wide enough to find the block if it starts elsewhere that night.
    const around = ms(start);
    const found = expandSchedule(schedule({ [weekday]: [b] }), HOURS, new Date(around - 3 * HOUR), new Date(around + 3 * HOUR));
    expect(found).toHaveLength(1);
    expect(new Date(found[0]!.start).toISOString()).toBe(new Date(start).toISOString());
    expect((found[0]!.end - found[0]!.start) / HOUR).toBe(hours);
  });
});

describe('expandSchedule in the machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  test.each([
    { zone: 'America/New_York', start: '2026-11-23T09:00:00-05:00', end: '2026-11-23T13:00:00-05:00' },
    { zone: 'Europe/Berlin', start: '2026-11-23T09:00:00+01:00', end: '2026-11-23T13:00:00+01:00' },
    { zone: 'Asia/Tokyo', start: '2026-11-23T09:00:00+09:00', end: '2026-11-23T13:00:00+09:00' },
  ])('Monday 09:00–13:00 is 09:00–13:00 wall time in $zone', ({ zone, start, end }) => {
    process.env.TZ = zone;
    const s = schedule({ 1: [block('09:00', '13:00')] });
    // The same instants in every zone: a window wide enough to hold Monday everywhere.
    const found = expandSchedule(s, HOURS, new Date('2026-11-22T12:00:00Z'), new Date('2026-11-24T12:00:00Z'));
    expect(found).toEqual([occurrence(start, end)]);
  });
});
