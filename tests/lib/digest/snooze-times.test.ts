import { describe, expect, test } from 'vitest';
import { getSnoozeEnd, type SnoozeChoice } from '@/lib/digest/snooze-times';

// The unit project runs in America/New_York: DST starts 2026-03-08 02:00, ends 2026-11-01 02:00.
const HOURS = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const at = (iso: string) => new Date(iso);

describe('getSnoozeEnd', () => {
  test.each<{ name: string; choice: SnoozeChoice; now: string; focusUntil?: string; typed?: string; expected: string }>([
    { name: 'an hour', choice: 'hour', now: '2026-12-02T10:15:00-05:00', expected: '2026-12-02T11:15:00-05:00' },
    { name: 'an hour across midnight', choice: 'hour', now: '2026-12-02T23:30:00-05:00', expected: '2026-12-03T00:30:00-05:00' },
    { name: 'an hour across spring-forward is real time', choice: 'hour', now: '2026-03-08T01:30:00-05:00', expected: '2026-03-08T03:30:00-04:00' },
    { name: 'an hour across fall-back is real time', choice: 'hour', now: '2026-11-01T01:30:00-04:00', expected: '2026-11-01T01:30:00-05:00' },
    { name: 'after this block is its end', choice: 'after-block', now: '2026-12-02T10:00:00-05:00', focusUntil: '2026-12-02T13:00:00-05:00', expected: '2026-12-02T13:00:00-05:00' },
    { name: 'tomorrow morning is the opening of the working day', choice: 'tomorrow', now: '2026-12-02T16:00:00-05:00', expected: '2026-12-03T09:00:00-05:00' },
    { name: 'tomorrow morning, asked just after midnight, is the next day', choice: 'tomorrow', now: '2026-12-03T00:05:00-05:00', expected: '2026-12-04T09:00:00-05:00' },
    { name: 'tomorrow morning keeps 9:00 on the wall clock across fall-back', choice: 'tomorrow', now: '2026-10-31T20:00:00-04:00', expected: '2026-11-01T09:00:00-05:00' },
    { name: 'tomorrow morning keeps 9:00 across spring-forward', choice: 'tomorrow', now: '2026-03-07T20:00:00-05:00', expected: '2026-03-08T09:00:00-04:00' },
    { name: 'a typed time', choice: 'typed', now: '2026-12-02T10:00:00-05:00', typed: 'Thu 3pm', expected: '2026-12-03T15:00:00-05:00' },
    { name: 'a typed time in hours', choice: 'typed', now: '2026-12-02T10:00:00-05:00', typed: 'in 2 hours', expected: '2026-12-02T12:00:00-05:00' },
  ])('$name', ({ choice, now, focusUntil, typed, expected }) => {
    const result = getSnoozeEnd(choice, { now: at(now), hours: HOURS, ...(focusUntil ? { focusUntil: at(focusUntil) } : {}) }, typed);
    expect(result).toEqual({ ok: true, at: at(expected) });
  });

  test.each<{ name: string; choice: SnoozeChoice; typed?: string; focusUntil?: string; error: RegExp }>([
    { name: 'after this block outside a block', choice: 'after-block', error: /No focus block/ },
    { name: 'after a block that has ended', choice: 'after-block', focusUntil: '2026-12-02T09:00:00-05:00', error: /No focus block/ },
    { name: 'words that are not a time', choice: 'typed', typed: 'whenever', error: /not a time/ },
    { name: 'a time in the past', choice: 'typed', typed: 'today 9am', error: /already passed/ },
    { name: 'nothing typed', choice: 'typed', typed: '', error: /Type a time/ },
  ])('refused: $name', ({ choice, typed, focusUntil, error }) => {
    const result = getSnoozeEnd(choice, { now: at('2026-12-02T10:00:00-05:00'), hours: HOURS, ...(focusUntil ? { focusUntil: at(focusUntil) } : {}) }, typed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});
