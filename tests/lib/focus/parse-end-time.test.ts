import { isSameDay } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { parseEndTime } from '@/lib/focus/parse-end-time';

// Monday 2026-11-23, 10:15 in New York (EST).
const NOW = new Date('2026-11-23T10:15:00-05:00');
const today = (clock: string) => new Date(`2026-11-23T${clock}:00-05:00`);

describe('parseEndTime', () => {
  test.each([
    { name: '1pm', text: '1pm', end: '13:00' },
    { name: '1 pm', text: '1 pm', end: '13:00' },
    { name: '1PM in capitals', text: '1PM', end: '13:00' },
    { name: '1:30 pm', text: '1:30 pm', end: '13:30' },
    { name: '1:30pm', text: '1:30pm', end: '13:30' },
    { name: '1:30 p.m.', text: '1:30 p.m.', end: '13:30' },
    { name: '13:00 (24-hour clock)', text: '13:00', end: '13:00' },
    { name: '1300 (no colon)', text: '1300', end: '13:00' },
    { name: '3:45 pm', text: '3:45 pm', end: '15:45' },
    { name: '3:45 pm with spaces around', text: '  3:45 pm  ', end: '15:45' },
    { name: '11am, later this morning', text: '11am', end: '11:00' },
    { name: 'noon', text: 'noon', end: '12:00' },
    { name: 'midnight, as the last minute of today', text: 'midnight', end: '23:59' },
    { name: '3:45 without am/pm, past in the morning: the afternoon', text: '3:45', end: '15:45' },
    { name: '11:30 without am/pm, still ahead this morning', text: '11:30', end: '11:30' },
    { name: 'words: in 90 minutes', text: 'in 90 minutes', end: '11:45' },
    { name: 'words: EOD', text: 'EOD', end: '17:00' },
  ])('at 10:15 on a Monday, $name ends today at $end', ({ text, end }) => {
    expect(parseEndTime(text, NOW)).toEqual({ ok: true, end: today(end) });
  });

  test.each([
    { name: '9am', text: '9am', error: '9am has already passed today. Pick a later time.' },
    { name: '10:15 am, this very minute', text: '10:15 am', error: '10:15 am has already passed today. Pick a later time.' },
    { name: '10:00 without am/pm', text: '10:00', error: '10:00 has already passed today. Pick a later time.' },
    { name: '25:00', text: '25:00', error: '“25:00” is not a time. Try 1pm, 1:30 pm or 13:30.' },
    { name: 'abc', text: 'abc', error: '“abc” is not a time. Try 1pm, 1:30 pm or 13:30.' },
    { name: '13:75', text: '13:75', error: '“13:75” is not a time. Try 1pm, 1:30 pm or 13:30.' },
    { name: 'nothing typed', text: '', error: 'Type an end time, like 1pm or 13:30.' },
    { name: 'only spaces', text: '   ', error: 'Type an end time, like 1pm or 13:30.' },
    { name: 'words for another day', text: 'tomorrow 3pm', error: 'Tue, Nov 24 · 3:00 PM is not today: a focus block ends today.' },
  ])('at 10:15 on a Monday, $name is refused with $error', ({ text, error }) => {
    expect(parseEndTime(text, NOW)).toEqual({ ok: false, error });
  });

  // Reading "1:30" as the afternoon must follow the wall clock, not add 12 real hours: on the
  // days the clocks change, 12 real hours after 01:30 is 12:30 or 14:30.
  test.each([
    { name: 'spring-forward Sunday (2026-03-08, EDT)', now: '2026-03-08T10:15:00-04:00', text: '1:30', end: '2026-03-08T13:30:00-04:00' },
    { name: 'fall-back Sunday (2026-11-01, EST)', now: '2026-11-01T10:15:00-05:00', text: '1:30', end: '2026-11-01T13:30:00-05:00' },
    { name: 'spring-forward Sunday, with pm', now: '2026-03-08T10:15:00-04:00', text: '1:30 pm', end: '2026-03-08T13:30:00-04:00' },
    { name: 'fall-back Sunday, with pm', now: '2026-11-01T10:15:00-05:00', text: '1:30 pm', end: '2026-11-01T13:30:00-05:00' },
  ])('on the $name, $text at 10:15 is 13:30', ({ now, text, end }) => {
    const result = parseEndTime(text, new Date(now));
    expect(result.ok && result.end.toISOString()).toBe(new Date(end).toISOString());
  });

  const TYPED = ['1pm', '11:59 pm', 'midnight', 'noon', '12am', '0:30', '3:45', '11:55', '10', '2300', '23:59', '12:30'];
  test.each([
    { name: 'just after midnight', now: '2026-11-23T00:05:00-05:00' },
    { name: 'mid-morning', now: '2026-11-23T10:15:00-05:00' },
    { name: 'late evening', now: '2026-11-23T23:50:00-05:00' },
    { name: 'spring-forward night', now: '2026-03-08T01:59:00-05:00' },
    { name: 'fall-back night', now: '2026-11-01T01:30:00-05:00' },
  ])('never gives an end on another day or in the past ($name)', ({ now }) => {
    const t = new Date(now);
    const accepted = TYPED.flatMap((text) => {
      const result = parseEndTime(text, t);
      return result.ok ? [{ text, end: result.end }] : [];
    });
    // "midnight" (23:59) is ahead at every one of these times, so there is always something to check.
    expect(accepted.map((a) => a.text)).toContain('midnight');
    for (const { text, end } of accepted) {
      expect(isSameDay(end, t), `"${text}" -> ${end.toISOString()}`).toBe(true);
      expect(end.getTime(), `"${text}"`).toBeGreaterThan(t.getTime());
    }
  });
});
