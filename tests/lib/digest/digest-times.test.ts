import { describe, expect, test } from 'vitest';
import { nextDigestMoment, previousDigestMoment } from '@/lib/digest/digest-times';
import type { WorkingHours } from '@/lib/time/business-time';

// 2026-12-02 is a Wednesday; 2026-12-04 a Friday.
const at = (hhmm: string, day = '02') => new Date(`2026-12-${day}T${hhmm}:00-05:00`);
const WEEK: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5], holidays: ['2026-12-03'] };
const TIMES = ['11:00', '13:00', '16:00'];

describe('digest moments', () => {
  test.each<{ name: string; now: Date; previous?: Date; next?: Date }>([
    { name: 'between two times', now: at('12:00'), previous: at('11:00'), next: at('13:00') },
    { name: 'exactly at a time: that one is the previous, the next is later', now: at('13:00'), previous: at('13:00'), next: at('16:00') },
    { name: 'before the first of the day: yesterday\'s last', now: at('08:00'), previous: at('16:00', '01'), next: at('11:00') },
    { name: 'after the last of the day: the next working day (a holiday skipped)', now: at('17:00'), previous: at('16:00'), next: at('11:00', '04') },
    { name: 'Friday evening: Monday', now: at('18:00', '04'), previous: at('16:00', '04'), next: at('11:00', '07') },
    { name: 'Saturday: Friday before, Monday after', now: at('12:00', '05'), previous: at('16:00', '04'), next: at('11:00', '07') },
  ])('$name', ({ now, previous, next }) => {
    expect(previousDigestMoment(now, TIMES, WEEK)).toEqual(previous);
    expect(nextDigestMoment(now, TIMES, WEEK)).toEqual(next);
  });

  test('no digest times: no moments', () => {
    expect(previousDigestMoment(at('12:00'), [], WEEK)).toBeUndefined();
    expect(nextDigestMoment(at('12:00'), [], WEEK)).toBeUndefined();
  });

  test('times in any order are read in the order of the day', () => {
    expect(nextDigestMoment(at('10:00'), ['16:00', '11:00'], WEEK)).toEqual(at('11:00'));
  });
});
