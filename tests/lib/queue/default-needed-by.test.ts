import { describe, expect, test } from 'vitest';
import { getEndOfBusinessDay } from '@/lib/queue/default-needed-by';

// Instants are written with their New York offset; the expected value is the 17:00 wall-clock close.
describe('getEndOfBusinessDay', () => {
  test.each([
    { name: 'Monday morning -> Monday', now: '2026-11-23T09:00:00-05:00', close: '2026-11-23T17:00:00-05:00' },
    { name: 'Monday 16:59:59.999 -> Monday', now: '2026-11-23T16:59:59.999-05:00', close: '2026-11-23T17:00:00-05:00' },
    { name: 'Monday 17:00 exactly -> Tuesday', now: '2026-11-23T17:00:00-05:00', close: '2026-11-24T17:00:00-05:00' },
    { name: 'Monday evening -> Tuesday', now: '2026-11-23T20:30:00-05:00', close: '2026-11-24T17:00:00-05:00' },
    { name: 'Friday evening -> Monday', now: '2026-11-27T18:00:00-05:00', close: '2026-11-30T17:00:00-05:00' },
    { name: 'Saturday morning -> Monday', now: '2026-11-28T09:00:00-05:00', close: '2026-11-30T17:00:00-05:00' },
    { name: 'Sunday afternoon -> Monday', now: '2026-11-29T16:00:00-05:00', close: '2026-11-30T17:00:00-05:00' },
    // 2026-03-08 (Sunday) clocks spring forward: the close stays at 17:00 local, now EDT.
    { name: 'Friday before spring-forward -> Monday EDT', now: '2026-03-06T18:00:00-05:00', close: '2026-03-09T17:00:00-04:00' },
    { name: 'spring-forward Sunday -> Monday EDT', now: '2026-03-08T12:00:00-04:00', close: '2026-03-09T17:00:00-04:00' },
    // 2026-11-01 (Sunday) clocks fall back.
    { name: 'Friday before fall-back -> Monday EST', now: '2026-10-30T18:00:00-04:00', close: '2026-11-02T17:00:00-05:00' },
  ])('$name', ({ now, close }) => {
    const result = getEndOfBusinessDay(new Date(now));
    expect(result.toISOString()).toBe(new Date(close).toISOString());
    expect([result.getHours(), result.getMinutes()]).toEqual([17, 0]);
  });

  test('a different close hour is honoured', () => {
    expect(getEndOfBusinessDay(new Date('2026-11-23T17:30:00-05:00'), 18).toISOString()).toBe(
      new Date('2026-11-23T18:00:00-05:00').toISOString(),
    );
  });
});
