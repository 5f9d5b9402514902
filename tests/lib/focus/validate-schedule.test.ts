import { describe, expect, test } from 'vitest';
import type { DateException, FocusSchedule, TimeBlock, Weekday } from '@/lib/focus/schedule';
import { validateSchedule, type ScheduleProblem } from '@/lib/focus/validate-schedule';

const block = (start: string, end: string): TimeBlock => ({ start, end });

function schedule(byDay: Partial<Record<Weekday, TimeBlock[]>>, exceptions: DateException[] = []): FocusSchedule {
  return { enabled: true, weekly: ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => byDay[day] ?? []), meetingFreeDays: [], exceptions };
}

const NOT_A_TIME = (text: string) => `Use a time like 09:00 (got “${text}”).`;
const ZERO_LENGTH = 'A block must end after it starts.';

describe('validateSchedule', () => {
  test.each<{ name: string; schedule: FocusSchedule; problems: ScheduleProblem[] }>([
    {
      name: 'the default weekdays 09–13 and 15–17 are fine',
      schedule: schedule(Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [block('09:00', '13:00'), block('15:00', '17:00')]]))),
      problems: [],
    },
    { name: 'touching blocks are fine', schedule: schedule({ 1: [block('09:00', '13:00'), block('13:00', '15:00')] }), problems: [] },
    { name: 'an overnight block alone is fine', schedule: schedule({ 5: [block('22:00', '02:00')] }), problems: [] },
    { name: '"9:00" with one hour digit is fine', schedule: schedule({ 1: [block('9:00', '12:00')] }), problems: [] },
    { name: '"24:00" as an end is fine', schedule: schedule({ 1: [block('20:00', '24:00')] }), problems: [] },
    {
      name: 'an end that is not a time',
      schedule: schedule({ 1: [block('09:00', '5pm')] }),
      problems: [{ path: ['weekly', 1, 0, 'end'], message: NOT_A_TIME('5pm') }],
    },
    {
      name: 'both times of the second block are not times',
      schedule: schedule({ 2: [block('09:00', '10:00'), block('25:00', '12:60')] }),
      problems: [
        { path: ['weekly', 2, 1, 'start'], message: NOT_A_TIME('25:00') },
        { path: ['weekly', 2, 1, 'end'], message: NOT_A_TIME('12:60') },
      ],
    },
    { name: 'an empty start', schedule: schedule({ 0: [block('', '10:00')] }), problems: [{ path: ['weekly', 0, 0, 'start'], message: NOT_A_TIME('') }] },
    {
      name: 'a zero-length block',
      schedule: schedule({ 1: [block('09:00', '09:00')] }),
      problems: [{ path: ['weekly', 1, 0, 'end'], message: ZERO_LENGTH }],
    },
    {
      name: 'a zero-length block written 24:00–00:00',
      schedule: schedule({ 1: [block('24:00', '00:00')] }),
      problems: [{ path: ['weekly', 1, 0, 'start'], message: 'A block cannot start at 24:00; use 00:00 of the next day.' }],
    },
    {
      name: 'two overlapping blocks on one weekday: the later-listed one names the other',
      schedule: schedule({ 1: [block('09:00', '13:00'), block('12:00', '14:00')] }),
      problems: [{ path: ['weekly', 1, 1, 'start'], message: 'This block overlaps block 1 on the same day.' }],
    },
    {
      name: 'a block inside another one',
      schedule: schedule({ 3: [block('15:00', '17:00'), block('09:00', '13:00'), block('10:00', '11:00')] }),
      problems: [{ path: ['weekly', 3, 2, 'start'], message: 'This block overlaps block 2 on the same day.' }],
    },
    {
      name: 'the same hours on different weekdays do not clash',
      schedule: schedule({ 1: [block('09:00', '13:00')], 2: [block('09:00', '13:00')] }),
      problems: [],
    },
    {
      name: 'an overnight block overlapping a later block of the same evening',
      schedule: schedule({ 4: [block('22:00', '02:00'), block('23:00', '23:30')] }),
      problems: [{ path: ['weekly', 4, 1, 'start'], message: 'This block overlaps block 1 on the same day.' }],
    },
    {
      // Monday 06–08 is the morning before Monday 22:00–07:00 begins: 14 hours apart.
      name: 'an overnight block and the same day\'s early block do not clash when the next day is free',
      schedule: schedule({ 1: [block('06:00', '08:00'), block('22:00', '07:00')] }),
      problems: [],
    },
    {
      // Every weekday 06–08 and 22–07: Monday night's block runs into Tuesday's 06–08.
      name: 'an overnight block overlapping the early block of the day it runs into',
      schedule: schedule({ 1: [block('06:00', '08:00'), block('22:00', '07:00')], 2: [block('06:00', '08:00'), block('22:00', '07:00')] }),
      problems: [expect.objectContaining({ message: expect.stringMatching(/overlaps/) }) as ScheduleProblem],
    },
    {
      name: 'an exception with a date that is not a date',
      schedule: schedule({}, [{ date: '26/11/2026', skipScheduled: true, blocks: [] }]),
      problems: [{ path: ['exceptions', 0, 'date'], message: 'Pick a date that exists.' }],
    },
    {
      name: 'an exception on month 13',
      schedule: schedule({}, [{ date: '2026-13-01', skipScheduled: true, blocks: [] }]),
      problems: [{ path: ['exceptions', 0, 'date'], message: 'Pick a date that exists.' }],
    },
    {
      name: 'an exception on February 30th',
      schedule: schedule({}, [{ date: '2026-02-30', skipScheduled: true, blocks: [] }]),
      problems: [{ path: ['exceptions', 0, 'date'], message: 'Pick a date that exists.' }],
    },
    {
      name: 'an exception with no date',
      schedule: schedule({}, [
        { date: '2026-11-26', skipScheduled: true, blocks: [] },
        { date: '', skipScheduled: false, blocks: [block('10:00', '11:00')] },
      ]),
      problems: [{ path: ['exceptions', 1, 'date'], message: 'Pick a date that exists.' }],
    },
    {
      name: 'overlapping one-off blocks of an exception',
      schedule: schedule({}, [{ date: '2026-11-26', skipScheduled: true, blocks: [block('10:00', '12:00'), block('11:00', '13:00')] }]),
      problems: [{ path: ['exceptions', 0, 'blocks', 1, 'start'], message: 'This block overlaps block 1 on the same day.' }],
    },
    {
      name: 'a bad time in an exception block',
      schedule: schedule({}, [{ date: '2026-11-26', skipScheduled: false, blocks: [block('10:00', '10:00'), block('noon', '13:00')] }]),
      problems: [
        { path: ['exceptions', 0, 'blocks', 0, 'end'], message: ZERO_LENGTH },
        { path: ['exceptions', 0, 'blocks', 1, 'start'], message: NOT_A_TIME('noon') },
      ],
    },
  ])('$name', ({ schedule: s, problems }) => {
    expect(validateSchedule(s)).toEqual(problems);
  });
});
