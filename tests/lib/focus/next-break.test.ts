import { describe, expect, test } from 'vitest';
import { getNextBreak } from '@/lib/focus/next-break';
import type { BusinessHours, Occurrence } from '@/lib/focus/schedule';

// Monday 2026-11-23 in New York (EST); "-1 22:00" is Sunday evening, "+1 09:00" Tuesday morning.
const at = (time: string) => {
  const [day, clock] = time.startsWith('-1 ') ? ['22', time.slice(3)] : time.startsWith('+1 ') ? ['24', time.slice(3)] : ['23', time];
  return new Date(`2026-11-${day}T${clock}:00-05:00`);
};
const scheduled = (start: string, end: string): Occurrence => ({
  key: `scheduled:${at(start).getTime()}`,
  start: at(start).getTime(),
  end: at(end).getTime(),
});

const HOURS: BusinessHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
// 09–13 with a 13–14 block touching it, then 15–16.
const DAY = [scheduled('15:00', '16:00'), scheduled('09:00', '13:00'), scheduled('13:00', '14:00')];

describe('getNextBreak', () => {
  test.each<{ name: string; now: string; occurrences: Occurrence[]; end?: string }>([
    { name: 'before the first block: its end, with the block that touches it', now: '08:00', occurrences: DAY, end: '14:00' },
    { name: 'during a block: its end, with the block that touches it', now: '10:00', occurrences: DAY, end: '14:00' },
    { name: 'during the touching block', now: '13:30', occurrences: DAY, end: '14:00' },
    { name: 'in the gap before the next block: that block\'s end', now: '14:30', occurrences: DAY, end: '16:00' },
    { name: 'exactly when a block ends: the next block\'s end', now: '14:00', occurrences: DAY, end: '16:00' },
    { name: 'after the last block: the end of the business day', now: '16:00', occurrences: DAY, end: '17:00' },
    { name: 'no blocks at all: the end of the business day', now: '10:00', occurrences: [], end: '17:00' },
    { name: 'blocks only tomorrow: the end of today\'s business day', now: '10:00', occurrences: [scheduled('+1 09:00', '+1 13:00')], end: '17:00' },
    { name: 'after the business day, nothing scheduled: none', now: '17:30', occurrences: DAY },
    { name: 'exactly at the end of the business day: none', now: '17:00', occurrences: DAY },
    { name: 'after the business day, an evening block ahead: its end', now: '17:30', occurrences: [scheduled('19:00', '21:00')], end: '21:00' },
    {
      name: 'during last night\'s overnight block: its end',
      now: '00:30',
      occurrences: [scheduled('-1 22:00', '02:00'), scheduled('09:00', '13:00')],
      end: '02:00',
    },
  ])('$name', ({ now, occurrences, end }) => {
    expect(getNextBreak(at(now), occurrences, HOURS)).toEqual(end ? at(end) : undefined);
  });

  test.each([
    { name: 'on a holiday, nothing scheduled: no business day to end', hours: { ...HOURS, holidays: ['2026-11-23'] } },
    { name: 'on a day that is not a working day: the same', hours: { ...HOURS, days: [2, 3, 4, 5] as BusinessHours['days'] } },
  ])('$name', ({ hours }) => {
    expect(getNextBreak(at('10:00'), [], hours)).toBeUndefined();
  });
});
